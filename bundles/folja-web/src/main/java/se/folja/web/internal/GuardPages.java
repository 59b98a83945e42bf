package se.folja.web.internal;

import se.folja.api.session.BrowserSession;

/**
 * The pages {@link PageGuard} answers with instead of a guarded page, rendered on the server: the 403 page (Swedish
 * by default, English with {@code lang=en}) and the 503 page while the sessions are not available. Styled by
 * {@code /folja/folja.css} only, no script; everything that comes from a request or a session is HTML-escaped.
 */
final class GuardPages {

    /** The Content-Security-Policy of the 403 page: its style sheet, a logout form posting to this origin. */
    static final String CSP = "default-src 'none'; style-src 'self'; img-src data:; form-action 'self';"
            + " frame-ancestors 'self'; base-uri 'none'";

    static final byte[] UNAVAILABLE = WebContent.utf8("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>Inte tillgänglig just nu – Följa</title></head><body><main><h1>Sidan är inte tillgänglig just nu"
            + "</h1><p>Följa startar eller startar om. Försök igen om en liten stund.</p>"
            + "<p lang=\"en\">Följa is starting. Try again in a moment.</p></main></body></html>\n");

    /** The 403 page's two languages and their words. */
    enum Lang {
        SV("sv", "Ingen behörighet – Följa", "Du har inte behörighet till den här sidan",
                "Du är inloggad som %s. Dina roller ger inte tillgång till den här sidan.",
                "Sidor du kan öppna", "Registrera orsak", "Kataloger", "API-dokumentation (Swagger UI)",
                "Logga ut", "Till innehållet", "en", "In English",
                "Uppföljningar", "Uppföljningsmallar", "Statistik"),
        EN("en", "Not allowed – Följa", "You are not allowed to open this page",
                "You are logged in as %s. Your roles do not open this page.",
                "Pages you can open", "Register a reason", "Catalogues", "API documentation (Swagger UI)",
                "Log out", "Skip to content", "sv", "På svenska",
                "Follow-ups", "Follow-up templates", "Statistics");

        final String tag;
        final String title;
        final String heading;
        final String explanation;
        final String pagesHeading;
        final String documentation;
        final String catalogue;
        final String api;
        final String logout;
        final String skip;
        final String otherTag;
        final String otherLink;
        final String followUps;
        final String followUpAdmin;
        final String dashboard;

        Lang(String tag, String title, String heading, String explanation, String pagesHeading, String documentation,
                String catalogue, String api, String logout, String skip, String otherTag, String otherLink,
                String followUps, String followUpAdmin, String dashboard) {
            this.tag = tag;
            this.title = title;
            this.heading = heading;
            this.explanation = explanation;
            this.pagesHeading = pagesHeading;
            this.documentation = documentation;
            this.catalogue = catalogue;
            this.api = api;
            this.logout = logout;
            this.skip = skip;
            this.otherTag = otherTag;
            this.otherLink = otherLink;
            this.followUps = followUps;
            this.followUpAdmin = followUpAdmin;
            this.dashboard = dashboard;
        }

        /** @return English for {@code en} (any case), else Swedish */
        static Lang of(String tag) {
            return tag != null && "en".equalsIgnoreCase(tag.trim()) ? EN : SV;
        }

        /** @return the query that keeps this language on Följa's pages ({@code ?lang=en}, or nothing for Swedish) */
        String query() {
            return this == EN ? "?lang=en" : "";
        }
    }

    private GuardPages() {
    }

    /** @return the 403 page for a person whose roles do not open {@code page} */
    static String forbidden(Lang lang, PageGuard.Page page, BrowserSession session) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(lang.tag).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(lang.title)).append("</title>\n<link rel=\"icon\" href=\"data:,\">\n")
                .append("<link rel=\"stylesheet\" href=\"/folja/folja.css\">\n</head>\n<body>\n")
                .append("<a class=\"skip-link\" href=\"#main\">").append(escape(lang.skip)).append("</a>\n")
                .append("<header class=\"banner\">\n<div class=\"banner__inner\">\n<span class=\"brand\">Följa</span>\n")
                .append("<div class=\"banner__user\">\n<a href=\"").append(escape(page.address())).append("?lang=")
                .append(lang.otherTag).append("\" lang=\"").append(lang.otherTag).append("\" hreflang=\"")
                .append(lang.otherTag).append("\">").append(escape(lang.otherLink)).append("</a>\n")
                .append("</div>\n</div>\n</header>\n")
                .append("<main id=\"main\" tabindex=\"-1\">\n<h1 id=\"forbidden\">").append(escape(lang.heading))
                .append("</h1>\n<p class=\"lead\">").append(escape(String.format(lang.explanation, session.user())))
                .append("</p>\n<h2 id=\"allowed-pages\">").append(escape(lang.pagesHeading)).append("</h2>\n")
                .append("<ul class=\"links\" aria-labelledby=\"allowed-pages\">\n");
        if (session.hasRole(PageGuard.STAFF)) {
            link(html, PageGuard.DOCUMENTATION.address() + lang.query(), lang.documentation);
            link(html, PageGuard.FOLLOW_UPS.address() + lang.query(), lang.followUps);
        }
        if (session.hasRole(PageGuard.ADMIN)) {
            link(html, PageGuard.CATALOGUE.address() + lang.query(), lang.catalogue);
            link(html, PageGuard.FOLLOW_UP_ADMIN.address() + lang.query(), lang.followUpAdmin);
        }
        if (session.hasRole(PageGuard.STATISTICIAN)) {
            link(html, PageGuard.DASHBOARD.address() + lang.query(), lang.dashboard);
        }
        link(html, "/folja/api/", lang.api);
        html.append("</ul>\n<form method=\"post\" action=\"/folja/logout\" id=\"logout-form\">\n")
                .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(escape(session.csrfToken()))
                .append("\">\n<input type=\"hidden\" name=\"lang\" value=\"").append(lang.tag).append("\">\n")
                .append("<button type=\"submit\" class=\"button button--secondary\" id=\"logout\">")
                .append(escape(lang.logout)).append("</button>\n</form>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void link(StringBuilder html, String href, String text) {
        html.append("<li><a href=\"").append(escape(href)).append("\">").append(escape(text)).append("</a></li>\n");
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
}
