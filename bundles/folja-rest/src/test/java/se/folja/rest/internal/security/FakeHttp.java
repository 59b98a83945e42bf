package se.folja.rest.internal.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Requests and responses for the servlet and filter tests: only what they use, no container. */
final class FakeHttp {

    private FakeHttp() {
    }

    /** A request being built. */
    static final class Request {
        final String method;
        final String path;
        final Map<String, String> headers = new LinkedHashMap<>();
        final Map<String, String> query = new LinkedHashMap<>();
        final List<Cookie> cookies = new ArrayList<>();
        byte[] body = new byte[0];
        String remoteAddr = "192.0.2.10";
        boolean secure;

        Request(String method, String path) {
            this.method = method;
            this.path = path;
            headers.put("host", "folja.example.org");
        }

        Request header(String name, String value) {
            headers.put(name.toLowerCase(Locale.ROOT), value);
            return this;
        }

        Request query(String name, String value) {
            query.put(name, value);
            return this;
        }

        Request cookie(String name, String value) {
            cookies.add(new Cookie(name, value));
            return this;
        }

        Request form(String urlEncoded) {
            header("Content-Type", "application/x-www-form-urlencoded");
            body = urlEncoded.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        Request from(String address) {
            remoteAddr = address;
            return this;
        }

        HttpServletRequest build() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            ServletInputStream stream = new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
            return (HttpServletRequest) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getMethod" -> this.method;
                        case "getServletPath", "getRequestURI" -> path;
                        case "getHeader" -> headers.get(((String) args[0]).toLowerCase(Locale.ROOT));
                        case "getContentType" -> headers.get("content-type");
                        case "getParameter" -> query.get((String) args[0]);
                        case "getCookies" -> cookies.isEmpty() ? null : cookies.toArray(Cookie[]::new);
                        case "getInputStream" -> stream;
                        case "getRemoteAddr" -> remoteAddr;
                        case "isSecure" -> secure;
                        case "getHeaderNames" -> Collections.enumeration(headers.keySet());
                        case "toString" -> "FakeRequest";
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    /** What a servlet or filter answered. */
    static final class Response {
        int status = 200;
        final Map<String, List<String>> headers = new LinkedHashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : String.join(", ", values);
        }

        List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        String body() {
            return body.toString(StandardCharsets.UTF_8);
        }

        boolean hasCorsHeaders() {
            return headers.keySet().stream().anyMatch(h -> h.startsWith("access-control-"));
        }

        HttpServletResponse build() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setStatus" -> status = (Integer) args[0];
                            case "getStatus" -> {
                                return status;
                            }
                            case "setHeader" -> headers.put(((String) args[0]).toLowerCase(Locale.ROOT),
                                    new ArrayList<>(List.of((String) args[1])));
                            case "addHeader" -> headers.computeIfAbsent(((String) args[0]).toLowerCase(Locale.ROOT),
                                    k -> new ArrayList<>()).add((String) args[1]);
                            case "setContentType" -> headers.put("content-type",
                                    new ArrayList<>(List.of((String) args[0])));
                            case "setContentLength" -> headers.put("content-length",
                                    new ArrayList<>(List.of(String.valueOf(args[0]))));
                            case "getOutputStream" -> {
                                return out;
                            }
                            case "isCommitted" -> {
                                return false;
                            }
                            case "hashCode" -> {
                                return System.identityHashCode(proxy);
                            }
                            case "equals" -> {
                                return proxy == args[0];
                            }
                            case "toString" -> {
                                return "FakeResponse";
                            }
                            default -> throw new UnsupportedOperationException(method.getName());
                        }
                        return null;
                    });
        }
    }

    /** A {@code se.folja.security} configuration: the defaults, with the given attributes changed. */
    static SecurityConfig config(Object... nameValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            values.put((String) nameValues[i], nameValues[i + 1]);
        }
        return (SecurityConfig) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                new Class<?>[] {SecurityConfig.class}, (proxy, method, args) -> {
                    if (values.containsKey(method.getName())) {
                        return values.get(method.getName());
                    }
                    Object fallback = method.getDefaultValue();
                    if (fallback != null) {
                        return fallback;
                    }
                    return switch (method.getName()) {
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> "SecurityConfig" + values;
                        case "annotationType" -> SecurityConfig.class;
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }
}
