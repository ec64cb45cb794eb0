package org.marsad.clean.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's own statements about itself. Order of trust, per field: JSON-LD of an article type,
 * then OpenGraph/article meta and other well-known meta names, then microdata and {@code <time>}, then
 * visible bylines. Publication and modification times are never mixed: a "modified" source is never
 * used as the publication date.
 */
final class MetadataReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "blogposting", "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting",
            "socialmediaposting", "scholarlyarticle", "techarticle", "report", "webpage", "posting");
    private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time", "og:article:published_time",
            "datePublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date",
            "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "published_time", "originalpublicationdate"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "og:article:modified_time",
            "dateModified", "last-modified", "dcterms.modified", "article.updated", "modified_time"};
    private static final Pattern BYLINE_PREFIX = Pattern.compile("^(?i:by|written by|von|par)\\s+|^(?:بقلم|كتب|كتبت|إعداد|تقرير)\\s*[:：]?\\s*");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:»«]\\s+");

    private MetadataReader() {
    }

    static PageMetadata read(Document doc) {
        List<JsonNode> articles = jsonLdArticles(doc);
        String title = title(doc, articles);
        String published = firstDate(articles, "datePublished");
        if (published == null) published = metaDate(doc, PUBLISHED_META);
        if (published == null) published = timeElement(doc);
        String modified = firstDate(articles, "dateModified");
        if (modified == null) modified = metaDate(doc, MODIFIED_META);
        String author = jsonLdAuthor(articles);
        if (author == null) author = meta(doc, "author", "article:author", "dc.creator", "parsely-author", "sailthru.author");
        if (author != null && author.startsWith("http")) author = null; // article:author is often a profile URL
        if (author == null) author = visibleByline(doc);
        return new PageMetadata(title, published, modified, author, language(doc, articles), canonical(doc),
                meta(doc, "og:site_name", "application-name"));
    }

    static String meta(Document doc, String... names) {
        for (String name : names) {
            for (Element m : doc.select("meta")) {
                String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
                if (key.equalsIgnoreCase(name)) {
                    String v = m.attr("content").strip();
                    if (!v.isEmpty()) return v;
                }
            }
        }
        return null;
    }

    private static String metaDate(Document doc, String[] names) {
        for (String name : names) {
            String v = DateForms.toContract(meta(doc, name));
            if (v != null) return v;
        }
        return null;
    }

    private static String timeElement(Document doc) {
        for (Element e : doc.select("[itemprop=datePublished]")) {
            String v = DateForms.toContract(e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text());
            if (v != null) return v;
        }
        Element scope = doc.selectFirst("article");
        for (Element t : (scope != null ? scope : doc).select("time[datetime]")) {
            String hint = (t.className() + " " + t.parent().className()).toLowerCase(Locale.ROOT);
            if (hint.contains("modif") || hint.contains("updat")) continue;
            String v = DateForms.toContract(t.attr("datetime"));
            if (v != null) return v;
        }
        // a visible date in an element named for it ("date", "published", "time"): the day only
        for (Element e : doc.select("[class*=date], [class*=publish], [class*=time], [id*=date], time")) {
            String text = e.text();
            if (text.length() > 80) continue;
            String hint = Hints.of(e);
            if (hint.contains("modif") || hint.contains("updat")) continue;
            String day = VisibleDates.day(text);
            if (day != null) return day;
        }
        return null;
    }

    private static List<JsonNode> jsonLdArticles(Document doc) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), found, 0);
            } catch (JsonProcessingException ignored) {
                // broken JSON-LD is common; the meta tags remain
            }
        }
        // prefer article types over generic web pages
        found.sort((a, b) -> Boolean.compare(isType(a, "webpage"), isType(b, "webpage")));
        return found;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) return;
        if (node.isArray()) {
            for (JsonNode n : node) collect(n, out, depth + 1);
            return;
        }
        if (!node.isObject()) return;
        for (String type : types(node)) {
            if (ARTICLE_TYPES.contains(type)) {
                out.add(node);
                break;
            }
        }
        collect(node.get("@graph"), out, depth + 1);
        collect(node.get("mainEntity"), out, depth + 1);
    }

    private static List<String> types(JsonNode node) {
        JsonNode t = node.get("@type");
        List<String> types = new ArrayList<>();
        if (t == null) return types;
        if (t.isArray()) t.forEach(x -> types.add(x.asText().toLowerCase(Locale.ROOT)));
        else types.add(t.asText().toLowerCase(Locale.ROOT));
        return types;
    }

    private static boolean isType(JsonNode node, String type) {
        return types(node).contains(type);
    }

    private static String firstDate(List<JsonNode> articles, String field) {
        for (JsonNode a : articles) {
            String v = DateForms.toContract(a.path(field).asText(null));
            if (v != null) return v;
        }
        return null;
    }

    private static String jsonLdAuthor(List<JsonNode> articles) {
        for (JsonNode a : articles) {
            JsonNode author = a.get("author");
            if (author == null) continue;
            List<String> names = new ArrayList<>();
            for (JsonNode n : author.isArray() ? author : List.of(author)) {
                String name = n.isTextual() ? n.asText() : n.path("name").asText("");
                if (!name.isBlank() && !name.startsWith("http")) names.add(name.strip());
            }
            if (!names.isEmpty()) return String.join(", ", names);
        }
        return null;
    }

    private static String visibleByline(Document doc) {
        for (Element e : doc.select("[rel=author], [itemprop=author], .byline, .author, .author-name, [class*=byline]")) {
            String text = e.text().strip();
            if (text.isEmpty() || text.length() > 80) continue;
            text = BYLINE_PREFIX.matcher(text).replaceFirst("").strip();
            if (!text.isEmpty()) return text;
        }
        return null;
    }

    private static String language(Document doc, List<JsonNode> articles) {
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        if (lang.isBlank()) lang = doc.select("meta[http-equiv]").stream()
                .filter(m -> m.attr("http-equiv").equalsIgnoreCase("content-language"))
                .map(m -> m.attr("content")).findFirst().orElse("");
        if (lang.isBlank()) {
            for (JsonNode a : articles) {
                lang = a.path("inLanguage").asText("");
                if (!lang.isBlank()) break;
            }
        }
        if (lang.isBlank()) lang = meta(doc, "og:locale") == null ? "" : meta(doc, "og:locale");
        lang = lang.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (lang.isEmpty()) return null;
        int dash = lang.indexOf('-');
        return dash > 0 ? lang.substring(0, dash) : lang;
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null && !link.absUrl("href").isEmpty()) return link.absUrl("href");
        if (link != null && !link.attr("href").isBlank()) return link.attr("href").strip();
        return meta(doc, "og:url");
    }

    private static String title(Document doc, List<JsonNode> articles) {
        List<String> claims = new ArrayList<>();
        for (JsonNode a : articles) {
            String h = a.path("headline").asText("");
            if (!h.isBlank()) claims.add(h.strip());
        }
        String og = meta(doc, "og:title", "twitter:title");
        if (og != null) claims.add(og);
        String docTitle = doc.title().strip();
        // a visible h1 that agrees with what the page claims is the best title (no site name attached)
        for (Element h1 : doc.select("h1")) {
            String t = h1.text().strip();
            if (t.length() < 8) continue;
            for (String c : claims) if (c.contains(t) || t.contains(c)) return t;
            if (!docTitle.isEmpty() && docTitle.contains(t)) return t;
        }
        if (!claims.isEmpty()) return claims.get(0);
        var h1s = doc.select("h1");
        if (h1s.size() == 1 && (docTitle.isEmpty() || h1s.first().text().strip().split("\\s+").length >= 3)) {
            String h1 = h1s.first().text().strip();
            if (!h1.isEmpty()) return h1;
        }
        if (docTitle.isEmpty()) return null;
        String[] parts = TITLE_SEPARATOR.split(docTitle);
        String best = parts[0];
        for (String p : parts) if (p.length() > best.length()) best = p;
        return best.strip();
    }
}
