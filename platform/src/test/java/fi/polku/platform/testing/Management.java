package fi.polku.platform.testing;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.specification.RequestSpecification;
import java.net.URI;

/** Requests to the management interface, where health, metrics and the OpenAPI document answer. */
public final class Management {

    private Management() {}

    /** A request to the management interface; paths are absolute, {@code /q/health/ready} for example. */
    public static RequestSpecification request() {
        // The manager's URI ends in the management root path (/q); the requests name it themselves.
        URI management = URI.create(TestHTTPResourceManager.getManagementUri());
        return given().baseUri(management.getScheme() + "://" + management.getHost())
                .port(management.getPort());
    }
}
