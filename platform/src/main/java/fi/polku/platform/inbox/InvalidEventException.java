package fi.polku.platform.inbox;

/** A record on a pathway topic that does not honour the contract; it goes to the dead-letter topic. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
