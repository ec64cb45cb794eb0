package org.marsad.model;

/**
 * A token of a text with its UTF-16 offsets. For Arabic words, {@code stemStart}/{@code stemEnd} mark the
 * part left after the most likely proclitics (و ف ب ل ك س ال) and pronoun suffixes are set aside;
 * for other tokens they equal start/end.
 */
public record Token(int start, int end, Kind kind, int stemStart, int stemEnd) {
    public enum Kind { ARABIC, LATIN, NUMBER, PUNCTUATION, URL, OTHER }

    public String text(CharSequence source) {
        return source.subSequence(start, end).toString();
    }

    public String stem(CharSequence source) {
        return source.subSequence(stemStart, stemEnd).toString();
    }

    public boolean isWord() {
        return kind == Kind.ARABIC || kind == Kind.LATIN;
    }
}
