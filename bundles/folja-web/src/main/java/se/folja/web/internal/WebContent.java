package se.folja.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Every file Följa's web bundle serves, read once into memory: what is not in this map is not served, so no
 * request can reach another file of the bundle, a directory listing or a file outside it. Files under
 * {@value #HASHED_PREFIX} carry a content hash (or, for Swagger UI, its version) in their path and never change;
 * every other file keeps its address across builds and is revalidated.
 */
final class WebContent {

    /** The folder of the files whose names change with their content. */
    static final String HASHED_PREFIX = "assets/";

    /** Path segments of served files: letters, digits, dot, hyphen, underscore; never {@code .} or {@code ..}. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

    /** Smaller files are sent as they are: compressing them saves nothing worth a header. */
    private static final int GZIP_THRESHOLD = 512;

    private final Map<String, Asset> assets;
    private final Set<String> directories;

    private WebContent(Map<String, Asset> assets) {
        this.assets = Map.copyOf(assets);
        Set<String> dirs = new HashSet<>();
        for (String path : assets.keySet()) {
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                dirs.add(path.substring(0, slash));
            }
        }
        this.directories = Set.copyOf(dirs);
    }

    /**
     * @param files path (relative, with {@code /}, e.g. {@code components/x.js}) to content; a path that is not a
     *        plain relative file path is refused
     */
    static WebContent of(Map<String, byte[]> files) {
        Map<String, Asset> assets = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (!isPlainPath(path)) {
                throw new IllegalArgumentException("not a plain relative path: " + path);
            }
            assets.put(path, Asset.of(path, bytes));
        });
        return new WebContent(assets);
    }

    /** @return the file at {@code path}, relative to {@code /folja/} */
    Optional<Asset> file(String path) {
        return Optional.ofNullable(assets.get(path));
    }

    /** @return whether {@code path} (without a trailing slash) is a folder holding served files */
    boolean isDirectory(String path) {
        return directories.contains(path);
    }

    Set<String> paths() {
        return assets.keySet();
    }

    /** @return whether every segment of {@code path} is a plain file or folder name */
    static boolean isPlainPath(String path) {
        if (path == null || path.isEmpty()) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /**
     * One served file.
     *
     * @param bytes the content
     * @param gzipped the content gzip-compressed, or null when it is not worth compressing
     * @param contentType the Content-Type header
     * @param etag the strong entity tag of {@code bytes}, quoted
     * @param hashed whether the path carries a content hash (cache for good) or not (revalidate)
     */
    record Asset(byte[] bytes, byte[] gzipped, String contentType, String etag, boolean hashed) {

        static Asset of(String path, byte[] bytes) {
            String type = WebContent.contentType(path);
            byte[] gzipped = compressible(type) && bytes.length >= GZIP_THRESHOLD ? gzip(bytes) : null;
            return new Asset(bytes.clone(), gzipped, type, '"' + digest(bytes) + '"', path.startsWith(HASHED_PREFIX));
        }

        /** @return the entity tag of the gzip-compressed form: another representation, another tag */
        String gzipEtag() {
            return etag.substring(0, etag.length() - 1) + "-gz\"";
        }

        /** @return whether the file is HTML (a page, not a script or style a page loads) */
        boolean isPage() {
            return contentType.startsWith("text/html");
        }
    }

    static String contentType(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "html" -> "text/html;charset=utf-8";
            case "js", "mjs" -> "text/javascript;charset=utf-8";
            case "css" -> "text/css;charset=utf-8";
            case "json", "map" -> "application/json";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "ico" -> "image/x-icon";
            case "woff2" -> "font/woff2";
            case "txt" -> "text/plain;charset=utf-8";
            default -> "application/octet-stream";
        };
    }

    private static boolean compressible(String type) {
        return type.startsWith("text/") || type.startsWith("application/json") || type.startsWith("image/svg");
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory", e);
        }
        return out.toByteArray();
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "WebContent[" + assets.size() + " files]";
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
