package fi.polku.platform.accesslog;

import fi.polku.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.PathParam;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Finds the clients an access-logged call concerns: in its answer, and behind the path parameters it names. */
@ApplicationScoped
public class ClientLookups {

    private final Map<String, ClientLookup> byKind = new HashMap<>();

    ClientLookups(Instance<ClientLookup> lookups) {
        for (ClientLookup lookup : lookups) {
            if (byKind.put(lookup.kind(), lookup) != null) {
                throw new IllegalStateException("Two ClientLookups of the kind " + lookup.kind());
            }
        }
    }

    /** Whether a lookup resolves {@code kind} (or needs none). */
    public boolean knows(String kind) {
        return ClientOf.CLIENT.equals(kind) || ClientOf.NONE.equals(kind) || byKind.containsKey(kind);
    }

    /** Adds every client the answer shows: a {@link ClientData}, or each of a page's or a collection's items. */
    static void shown(Object entity, Set<UUID> clients) {
        if (entity instanceof ClientData data) {
            clients.add(data.clientId());
        } else if (entity instanceof Page<?> page) {
            shown(page.items(), clients);
        } else if (entity instanceof Collection<?> items) {
            items.forEach(item -> shown(item, clients));
        }
    }

    /**
     * Adds the clients behind the method's {@link ClientOf} parameters.
     *
     * @param value the value a parameter has in this call (a UUID, or the path's text), or null
     */
    void behind(Method method, Function<Parameter, Object> value, Set<UUID> clients) {
        for (Parameter parameter : method.getParameters()) {
            ClientOf of = parameter.getAnnotation(ClientOf.class);
            if (of == null || ClientOf.NONE.equals(of.value())) {
                continue;
            }
            uuid(value.apply(parameter))
                    .flatMap(id -> ClientOf.CLIENT.equals(of.value())
                            ? Optional.of(id)
                            : Optional.ofNullable(byKind.get(of.value())).flatMap(lookup -> lookup.clientOf(id)))
                    .ifPresent(clients::add);
        }
    }

    /** The path's text of a parameter, for a call that did not run. */
    static Object pathText(Parameter parameter, Map<String, String> pathParameters) {
        PathParam name = parameter.getAnnotation(PathParam.class);
        return name == null ? null : pathParameters.get(name.value());
    }

    private static Optional<UUID> uuid(Object value) {
        if (value instanceof UUID id) {
            return Optional.of(id);
        }
        if (value instanceof String text) {
            try {
                return Optional.of(UUID.fromString(text));
            } catch (IllegalArgumentException notAUuid) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
