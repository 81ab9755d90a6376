package fi.polku.platform.accesslog;

import java.util.UUID;

/** An answer that shows a client's data: the access log records the client of every such item it returns. */
public interface ClientData {

    UUID clientId();
}
