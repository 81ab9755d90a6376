package fi.polku.e2e.clients;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * The HTTP client a generated API client is given: it sends through a real {@link HttpClient}, hands each answer's
 * bytes to a listener (which checks them against the OpenAPI document), and then to the generated code's own body
 * handler, so the generated client reads exactly what was checked. The generated clients only take an
 * {@link HttpClient.Builder}, and the JDK's client has no hook that sees a body without consuming it: hence this
 * small delegate.
 */
final class RecordingHttpClient extends HttpClient {

    /** One answer as the wire carried it. */
    record Answer(String method, URI uri, int status, String contentType, byte[] body) {}

    private final HttpClient delegate =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Consumer<Answer> listener;

    RecordingHttpClient(Consumer<Answer> listener) {
        this.listener = listener;
    }

    /** A builder whose every setting is the delegate's and whose {@code build()} is this client. */
    HttpClient.Builder builder() {
        RecordingHttpClient client = this;
        return new HttpClient.Builder() {
            @Override
            public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
                return this;
            }

            @Override
            public HttpClient.Builder connectTimeout(Duration duration) {
                return this;
            }

            @Override
            public HttpClient.Builder sslContext(SSLContext sslContext) {
                return this;
            }

            @Override
            public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
                return this;
            }

            @Override
            public HttpClient.Builder executor(Executor executor) {
                return this;
            }

            @Override
            public HttpClient.Builder followRedirects(Redirect policy) {
                return this;
            }

            @Override
            public HttpClient.Builder version(Version version) {
                return this;
            }

            @Override
            public HttpClient.Builder priority(int priority) {
                return this;
            }

            @Override
            public HttpClient.Builder proxy(ProxySelector proxySelector) {
                return this;
            }

            @Override
            public HttpClient.Builder authenticator(Authenticator authenticator) {
                return this;
            }

            @Override
            public HttpClient build() {
                return client;
            }
        };
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> raw = delegate.send(request, HttpResponse.BodyHandlers.ofByteArray());
        listener.accept(new Answer(
                request.method(),
                request.uri(),
                raw.statusCode(),
                raw.headers().firstValue("Content-Type").orElse(""),
                raw.body()));
        return new Replayed<>(raw, read(raw, handler));
    }

    /** The generated code's handler, fed the bytes already read. */
    private static <T> T read(HttpResponse<byte[]> raw, HttpResponse.BodyHandler<T> handler) {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return raw.statusCode();
            }

            @Override
            public HttpHeaders headers() {
                return raw.headers();
            }

            @Override
            public Version version() {
                return raw.version();
            }
        });
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {}
        });
        subscriber.onNext(List.of(ByteBuffer.wrap(raw.body())));
        subscriber.onComplete();
        return subscriber.getBody().toCompletableFuture().join();
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return send(request, handler);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
            HttpRequest request,
            HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return sendAsync(request, handler);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    private record Replayed<T>(HttpResponse<byte[]> raw, T body) implements HttpResponse<T> {
        @Override
        public int statusCode() {
            return raw.statusCode();
        }

        @Override
        public HttpRequest request() {
            return raw.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return raw.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return raw.sslSession();
        }

        @Override
        public URI uri() {
            return raw.uri();
        }

        @Override
        public Version version() {
            return raw.version();
        }
    }
}
