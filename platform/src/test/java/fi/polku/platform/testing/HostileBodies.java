package fi.polku.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a hostile or broken client sends, made from an operation's documented example: every field in turn given a
 * value of the wrong kind, out of range, with control characters or far too long, plus bodies that are not JSON,
 * name a field twice, nest too deep or are too large to read.
 */
final class HostileBodies {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<Function<JsonNode, JsonNode>> VALUES = List.of(
            value -> NODES.nullNode(),
            value -> NODES.textNode("\u0000"),
            value -> NODES.textNode("Matti\u001b[31m\nJohannes"),
            value -> NODES.textNode("x".repeat(5_000)),
            value -> NODES.textNode("99999-12-31"),
            value -> NODES.textNode("0001-01-01"),
            value -> NODES.textNode("2026-02-30"),
            value -> NODES.textNode("' or 1=1 --"),
            value -> NODES.numberNode(new java.math.BigDecimal("1e400")),
            value -> NODES.numberNode(-2_147_483_649L),
            value -> NODES.booleanNode(true),
            value -> NODES.arrayNode().add(NODES.arrayNode()),
            value -> NODES.objectNode().put("$ne", 1));

    /** Hostile texts for query parameters. */
    static final List<String> TEXTS = List.of(
            "\u0000",
            "a\nb",
            "x".repeat(3_000),
            "99999-12-31",
            "0000-00-00",
            "-1",
            "1e400",
            "99999999999999999999",
            "' or 1=1 --",
            "%",
            "[]",
            "");

    /** Hostile path segments in place of ids (sent as they are, not URL-encoded again). */
    static final List<String> PATH_SEGMENTS = List.of(
            "not-a-uuid",
            "%00",
            "..%2F..%2Fq%2Fmetrics",
            "1",
            "00000000-0000-0000-0000-00000000000g",
            "x".repeat(1_000));

    private HostileBodies() {}

    /** The bodies to send, each a JSON text (some deliberately not valid JSON). */
    static List<String> from(String example) {
        List<String> bodies = new ArrayList<>(List.of(
                "",
                "{",
                "[]",
                "\"text\"",
                "null",
                "0",
                "{\"a\": 1,}",
                "[".repeat(5_000) + "]".repeat(5_000),
                "{\"x\": \"" + "y".repeat(70_000) + "\"}"));
        if (example == null) {
            return bodies;
        }
        JsonNode root = read(example);
        bodies.add(JSON.valueToTree(root).toString().replaceFirst("\\{", "{\"zzUnknown\": 1, "));
        if (root instanceof ObjectNode object && object.size() > 0) {
            String first = object.fieldNames().next();
            bodies.add(root.toString().replaceFirst("\\{", "{\"" + first + "\": null, "));
        }
        for (List<Object> path : leaves(root, new ArrayList<>())) {
            for (Function<JsonNode, JsonNode> value : VALUES) {
                JsonNode copy = root.deepCopy();
                replace(copy, path, value);
                bodies.add(copy.toString());
            }
        }
        return bodies;
    }

    private static JsonNode read(String example) {
        try {
            return JSON.readTree(example);
        } catch (Exception e) {
            throw new IllegalStateException("the documented example is not JSON: " + example, e);
        }
    }

    private static List<List<Object>> leaves(JsonNode node, List<Object> path) {
        List<List<Object>> found = new ArrayList<>();
        found.add(path);
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> found.addAll(leaves(object.get(name), with(path, name))));
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            found.addAll(leaves(array.get(0), with(path, 0)));
        }
        return found.subList(path.isEmpty() ? 1 : 0, found.size());
    }

    private static List<Object> with(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    private static void replace(JsonNode root, List<Object> path, Function<JsonNode, JsonNode> value) {
        JsonNode parent = root;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof String name ? parent.get(name) : parent.get((Integer) step);
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value.apply(object.get((String) last)));
        } else if (parent instanceof ArrayNode array) {
            array.set((Integer) last, value.apply(array.get((Integer) last)));
        }
    }
}
