package fi.polku.platform.inbox;

/** A record on a Polku event topic that does not honour the contract; it goes to the group's dead-letter topic. */
public class InvalidEventException extends UnprocessableRecordException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
