package org.marsad.text;

/**
 * Tells the language of a text from its script and, for the Arabic script, from letters that only
 * Persian (پ چ ژ گ ی ک) or Urdu (ٹ ڈ ڑ ں ے ہ) use; Latin-script text is told apart by frequent words.
 * Returns an ISO 639-1 code or "und" when there is too little text.
 */
public final class LanguageGuesser {
    private static final String[] ENGLISH = {" the ", " and ", " of ", " to ", " in ", " is "};
    private static final String[] FRENCH = {" le ", " la ", " les ", " des ", " et ", " est ", " du "};

    public String guess(String text) {
        int arabic = 0, persian = 0, urdu = 0, latin = 0, seen = 0;
        int limit = Math.min(text.length(), 3_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            seen++;
            if (c >= '\u0600' && c <= '\u06FF' || c >= '\uFB50' && c <= '\uFEFF') {
                arabic++;
                if (c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' || c == 'ی' || c == 'ک') persian++;
                if (c == 'ٹ' || c == 'ڈ' || c == 'ڑ' || c == 'ں' || c == 'ے' || c == 'ہ') urdu++;
            } else if (c < 0x250) {
                latin++;
            }
        }
        if (seen < 3) return "und";
        if (arabic >= latin) {
            if (urdu > arabic / 50 && urdu > 2) return "ur";
            if (persian > arabic / 40 && persian > 2) return "fa";
            return "ar";
        }
        String lower = " " + text.substring(0, limit).toLowerCase(java.util.Locale.ROOT) + " ";
        return count(lower, FRENCH) > count(lower, ENGLISH) ? "fr" : "en";
    }

    private static int count(String text, String[] words) {
        int n = 0;
        for (String w : words) {
            for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) n++;
        }
        return n;
    }
}
