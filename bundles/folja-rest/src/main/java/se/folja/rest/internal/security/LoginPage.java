package se.folja.rest.internal.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The login page, rendered on the server: Swedish by default, English with {@code lang=en}, a link to the other
 * language. Plain HTML with one inline style sheet that the page's Content-Security-Policy allows by its hash; no
 * script at all. Accessible: the page's language, a title, a label for each field, a visible focus, contrast of
 * at least 4.5:1, the error in {@code id="login-error"} with {@code role="alert"} and the fields pointing at it,
 * one column that fits 320 px and 200 % zoom.
 */
final class LoginPage {

    /** The page's two languages and their words. */
    enum Lang {
        SV("sv", "Logga in – Följa", "Logga in på Följa", "Användarnamn", "Lösenord", "Logga in",
                "Fel användarnamn eller lösenord.", "Fyll i användarnamn och lösenord.",
                "För många misslyckade inloggningar. Vänta %d sekunder och försök igen.",
                "Inloggningen skickades från en annan webbplats och togs inte emot.",
                "en", "In English", "Följa – uppföljning av insatser"),
        EN("en", "Log in – Följa", "Log in to Följa", "User name", "Password", "Log in",
                "Wrong user name or password.", "Enter your user name and password.",
                "Too many failed logins. Wait %d seconds and try again.",
                "The login was sent from another site and was not accepted.",
                "sv", "På svenska", "Följa – follow-up of interventions");

        final String tag;
        final String title;
        final String heading;
        final String userLabel;
        final String passwordLabel;
        final String submit;
        final String wrong;
        final String missing;
        final String throttled;
        final String foreign;
        final String otherTag;
        final String otherLink;
        final String tagline;

        Lang(String tag, String title, String heading, String userLabel, String passwordLabel, String submit,
                String wrong, String missing, String throttled, String foreign, String otherTag, String otherLink,
                String tagline) {
            this.tag = tag;
            this.title = title;
            this.heading = heading;
            this.userLabel = userLabel;
            this.passwordLabel = passwordLabel;
            this.submit = submit;
            this.wrong = wrong;
            this.missing = missing;
            this.throttled = throttled;
            this.foreign = foreign;
            this.otherTag = otherTag;
            this.otherLink = otherLink;
            this.tagline = tagline;
        }

        /** @return what the title starts with when the page shows an error */
        String wrongPrefix() {
            return this == SV ? "Fel: " : "Error: ";
        }

        /** @return English for {@code en} (any case), else Swedish */
        static Lang of(String tag) {
            return "en".equalsIgnoreCase(tag == null ? null : tag.trim()) ? EN : SV;
        }
    }

    static final String STYLE = "*{box-sizing:border-box}"
            + "body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:1rem;"
            + "line-height:1.5;color:#1b1b1b;background:#f3f2f1}"
            + "main{max-width:26rem;margin:0 auto;padding:1.5rem 1rem}"
            + ".card{background:#fff;border:1px solid #b1b4b6;padding:1.25rem}"
            + "h1{font-size:1.6rem;margin:0 0 1rem}"
            + "p.tagline{margin:0 0 1rem;color:#3d3d3d}"
            + "label{display:block;font-weight:600;margin:1rem 0 .25rem}"
            + "input[type=text],input[type=password]{display:block;width:100%;font:inherit;padding:.5rem;"
            + "border:2px solid #505a5f;border-radius:0;background:#fff;color:#1b1b1b}"
            + "input[aria-invalid=true]{border-color:#b00020}"
            + "button{margin-top:1.5rem;font:inherit;font-weight:600;padding:.6rem 1.25rem;border:2px solid #1a4d8f;"
            + "background:#1a4d8f;color:#fff;cursor:pointer}"
            + "button:hover{background:#133a6b}"
            + "#login-error{margin:0 0 1rem;padding:.75rem;border-left:5px solid #b00020;background:#fdf2f3;"
            + "color:#8a0019;font-weight:600}"
            + "a{color:#1a4d8f}"
            + ":focus-visible{outline:3px solid #ffbf47;outline-offset:0;box-shadow:0 0 0 5px #0b0c0c}"
            + "nav{margin:0 0 1rem;text-align:right}";

    /** The Content-Security-Policy of every login page: nothing but its own style and a form posting to itself. */
    static final String CSP = "default-src 'none'; style-src '" + sha256(STYLE) + "'; img-src data:;"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private LoginPage() {
    }

    /**
     * @param user the user name to keep in its field, may be null
     * @param next the safe path to go to after logging in
     * @param error the message to show, or null
     */
    static String render(Lang lang, String user, String next, String error) {
        boolean invalid = error != null;
        String describedBy = invalid ? " aria-describedby=\"login-error\" aria-invalid=\"true\"" : "";
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(lang.tag).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(invalid ? lang.wrongPrefix() + lang.title : lang.title))
                .append("</title>\n<link rel=\"icon\" href=\"data:,\">\n<style>").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<main>\n<nav><a href=\"/folja/login?lang=").append(lang.otherTag);
        if (!"/folja/".equals(next)) {
            html.append("&amp;next=").append(escape(URLEncoder.encode(next, StandardCharsets.UTF_8)));
        }
        html.append("\" lang=\"").append(lang.otherTag).append("\" hreflang=\"").append(lang.otherTag).append("\">")
                .append(escape(lang.otherLink)).append("</a></nav>\n<div class=\"card\">\n<h1>")
                .append(escape(lang.heading)).append("</h1>\n<p class=\"tagline\">").append(escape(lang.tagline))
                .append("</p>\n");
        if (invalid) {
            html.append("<div id=\"login-error\" role=\"alert\">").append(escape(error)).append("</div>\n");
        }
        html.append("<form method=\"post\" action=\"/folja/login\" novalidate>\n")
                .append("<input type=\"hidden\" name=\"next\" value=\"").append(escape(next)).append("\">\n")
                .append("<input type=\"hidden\" name=\"lang\" value=\"").append(lang.tag).append("\">\n")
                .append("<label for=\"username\">").append(escape(lang.userLabel)).append("</label>\n")
                .append("<input type=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\"")
                .append(" autocapitalize=\"none\" spellcheck=\"false\" required maxlength=\"")
                .append(LoginServlet.MAX_USER_LENGTH).append("\" value=\"")
                .append(escape(user == null ? "" : user)).append('"').append(describedBy).append(">\n")
                .append("<label for=\"password\">").append(escape(lang.passwordLabel)).append("</label>\n")
                .append("<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\"")
                .append(" required").append(describedBy).append(">\n")
                .append("<button type=\"submit\" id=\"login-submit\">").append(escape(lang.submit)).append("</button>\n")
                .append("</form>\n</div>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** @return the text with the five characters that matter in HTML text and attributes escaped */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
