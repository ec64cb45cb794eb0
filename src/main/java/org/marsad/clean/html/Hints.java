package org.marsad.clean.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it. The patterns follow Mozilla Readability's
 * conventions, extended with names common on Arabic news sites (article-body, news-details, detail,
 * entry-content, story) and with widgets those sites carry (share bars, "read also" boxes, cookies).
 */
final class Hints {
    static final Pattern UNLIKELY = Pattern.compile("-ad-|\\bads?\\b|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|"
            + "disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|"
            + "sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|share|sharing|newsletter|"
            + "subscri|promo|widget|outbrain|taboola|recommend|most-?read|trending|more-?from|read-?more|readalso|read-also|"
            + "see-?also|tags|toolbar|modal|overlay|signup|navbar|\\bnav\\b|navigation|print|author-?bio|byline|dateline|"
            + "share-?bar|follow|donate|paywall|meta-?data|timestamp|video-?player|playlist", Pattern.CASE_INSENSITIVE);
    static final Pattern ALWAYS_UNLIKELY = Pattern.compile("(?:^|\\s)comments?(?:\\s|$)|comments?-(?:area|list|section|wrap|container|thread)|"
            + "(?:^|\\s)respond(?:\\s|$)|disqus|cookie-?(?:banner|consent|notice|bar)|gdpr|onetrust|newsletter-?signup", Pattern.CASE_INSENSITIVE);
    static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|story|entry|post|detail|text",
            Pattern.CASE_INSENSITIVE);
    static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|"
            + "blog|story|detail|news-?text|article-?body|articlebody|entry-?content|story-?body|maincontent|itemprop-articlebody|"
            + "matn|nass|khabar", Pattern.CASE_INSENSITIVE);
    static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|"
            + "footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
            + "shopping|tags|tool|widget|cookie|consent|social|newsletter|subscribe|recommend|trending|most-?read|nav|menu|"
            + "read-?also|readalso|caption|credit|byline|author", Pattern.CASE_INSENSITIVE);

    private Hints() {
    }

    static String of(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    }

    /** Readability's class weight: +25 per positive, -25 per negative hint in class and id. */
    static int weight(Element e) {
        int w = 0;
        String cls = e.className();
        if (!cls.isEmpty()) {
            if (NEGATIVE.matcher(cls).find()) w -= 25;
            if (POSITIVE.matcher(cls).find()) w += 25;
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) w -= 25;
            if (POSITIVE.matcher(id).find()) w += 25;
        }
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) w += 25;
        return w;
    }

    static boolean unlikely(Element e) {
        String hint = of(e) + " " + e.attr("role");
        if (hint.isBlank()) return false;
        return UNLIKELY.matcher(hint).find() && !MAYBE.matcher(hint).find();
    }
}
