package fi.polku.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

/** Which schemas the document filter makes every property of required, and which it leaves as they are. */
class ApiDocumentTest {

    @Test
    void whatOnlyAnswersCarryIsRequiredThroughoutAndWhatARequestSendsIsLeftAlone() {
        Schema check = object("id", "booking").addProperty("booking", ref("Booking"));
        Schema page = object("items", "total")
                .addProperty("items", OASFactory.createSchema().items(ref("Check")));
        Schema request = object("clientId", "note");
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents()
                        .addSchema("Check", check)
                        .addSchema("Booking", object("unit"))
                        .addSchema("PageCheck", page)
                        .addSchema("CheckRequest", request))
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/checks",
                                OASFactory.createPathItem()
                                        .GET(answering("PageCheck"))
                                        .POST(answering("Check")
                                                .requestBody(OASFactory.createRequestBody()
                                                        .content(json("CheckRequest"))))));

        new ApiDocument().filterOpenAPI(openAPI);

        assertEquals(List.of("id", "booking"), check.getRequired());
        assertEquals(
                List.of("unit"),
                openAPI.getComponents().getSchemas().get("Booking").getRequired());
        assertEquals(List.of("items", "total"), page.getRequired());
        assertNull(request.getRequired(), "a request may leave its optional fields out");
    }

    private static Schema object(String... properties) {
        Schema schema = OASFactory.createSchema();
        for (String property : properties) {
            schema.addProperty(property, OASFactory.createSchema());
        }
        return schema;
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    private static Content json(String schema) {
        return OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType().schema(ref(schema)));
    }

    private static Operation answering(String schema) {
        return OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse(
                                "200",
                                OASFactory.createAPIResponse().description("ok").content(json(schema))));
    }
}
