package fi.polku.platform.http;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters of every list, as a {@code @BeanParam}. They are
 * read as text and validated here so that a malformed value is a 400 naming the parameter, not the
 * 404 that JAX-RS gives for a query parameter it cannot convert. The document still gives them as integers, which
 * is what a client sends.
 */
public class PageParams {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(
            description = "Page number, from 0",
            example = "0",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "999999", defaultValue = "0"))
    @Pattern(regexp = "0|[1-9]\\d{0,5}", message = "must be a whole number from 0 to 999999")
    String page;

    @QueryParam("size")
    @DefaultValue("50")
    @Parameter(
            description = "Page size, 1–200",
            example = "50",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
    @Pattern(regexp = "[1-9]|[1-9]\\d|1\\d\\d|200", message = "must be a whole number from 1 to 200")
    String size;

    public int page() {
        return Integer.parseInt(page);
    }

    public int size() {
        return Integer.parseInt(size);
    }
}
