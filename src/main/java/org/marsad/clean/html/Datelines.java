package org.marsad.clean.html;

import java.util.regex.Pattern;

/**
 * Lines that stand beside an article rather than in it: bylines and datelines above it ("By Jane Doe",
 * "بقلم: ...", "نشر في 18 يناير 2024"), "read also" headings, lone page labels ("ADVERTISEMENT", "إعلان")
 * and copyright lines.
 */
final class Datelines {
    private static final int MAX_LENGTH = 90;
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:by|written by|posted by|published|updated|posted|last updated)\\b|^(?:بقلم|كتب|كتبت|إعداد|تقرير|نشر في|نشر|تاريخ النشر|آخر تحديث|محدث|تحديث)(?:\\s|[:：])");
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    private static final Pattern ISO_DAY = Pattern.compile("\\b\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}\\b|\\b\\d{1,2}[-/]\\d{1,2}[-/]\\d{4}\\b");

    private static final Pattern READ_ALSO = Pattern.compile(
            "^(?:[إا]قرأ (?:أيضا|أيضاً|ايضا|المزيد)|(?:مواضيع|أخبار|اخبار|مقالات|قصص) (?:ذات صلة|متعلقة|مشابهة)|ذات صلة|"
                    + "(?i:read (?:more|also|next)|related(?: (?:articles|stories|news|content|posts))?|see also|more from .{1,40}|recommended(?: for you)?))[:：]?$");

    private static final Pattern LABEL = Pattern.compile("(?i)^(?:advert|adverts|advertisements?|advertising|sponsored(?: content)?|trending(?: now)?|"
            + "like this|loading|like loading|comments?|share(?: this)?(?: article| story)?|print|email|tweet|follow us|"
            + "إعلان|إعلانات|اعلان|شارك|شارك الخبر|شارك المقال|طباعة|تابعونا|تابعنا|التعليقات|تعليقات|الأكثر قراءة|"
            + "رابط مختصر|مشاركة)\\s*(?:[:：.…]+)?$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)©|\\(c\\) ?\\d{4}|all rights reserved|جميع الحقوق محفوظة|حقوق النشر");

    private static final Pattern TEASER = Pattern.compile(
            "^(?:[إا]قرأ (?:أيضا|أيضاً|ايضا|ايضاً|المزيد)|شاهد (?:أيضا|أيضاً|ايضا)|طالع (?:أيضا|أيضاً)|ذات صلة|مواضيع ذات صلة|"
                    + "(?i:read (?:more|also|next)|related|see also|more))\\s*[:：\\-–|»]\\s*(.+)$");

    private Datelines() {
    }

    /** The headline of an inline teaser ("اقرأ أيضا: ...", "Read more: ..."), or null. */
    static String teaserHeadline(String text) {
        if (text.length() > 250) return null;
        var m = TEASER.matcher(text.strip());
        return m.matches() ? m.group(1).strip() : null;
    }

    /** A page label standing alone ("ADVERTISEMENT", "Comments", "إعلان", "شارك"). */
    static boolean isLabel(String text) {
        return text.length() <= 30 && LABEL.matcher(text.strip()).matches();
    }

    /** A copyright or imprint line of the site. */
    static boolean isCopyright(String text) {
        return text.length() <= 250 && COPYRIGHT.matcher(text).find();
    }

    /** A heading that introduces a box of related links ("اقرأ أيضا", "Related stories"). */
    static boolean isReadAlsoHeading(String text) {
        return text.length() <= 50 && READ_ALSO.matcher(text.strip()).matches();
    }

    static boolean isDatelineOrByline(String text) {
        if (text.length() > MAX_LENGTH) return false;
        if (BYLINE.matcher(text).find()) return true;
        String western = VisibleDates.westernDigits(text);
        boolean dated = VisibleDates.day(western) != null || ISO_DAY.matcher(western).find();
        if (!dated) return false;
        // a date plus a few words (weekday, clock, place) and no sentence
        return text.split("\\s+").length <= 8 || CLOCK.matcher(western).find();
    }
}
