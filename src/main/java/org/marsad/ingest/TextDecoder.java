package org.marsad.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text, detecting the encoding: a BOM (UTF-8, UTF-16LE/BE) wins; then strict UTF-8;
 * then UTF-16 without BOM recognised by its zero bytes; then ICU's statistical detector, which tells
 * Windows-1256 from ISO-8859-6 (the two legacy Arabic encodings), with a declared charset taken when
 * the detector is unsure. Empty and binary input is refused with a clear reason.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    /** The decoded text and the charset that was used. */
    public record Decoded(String text, Charset charset) {
    }

    public Decoded decode(byte[] bytes, Charset declared) throws InputException {
        if (bytes.length == 0) throw new InputException("empty input");
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return strict(bytes, 3, StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFF, 0xFE)) return strict(bytes, 2, StandardCharsets.UTF_16LE);
        if (startsWith(bytes, 0xFE, 0xFF)) return strict(bytes, 2, StandardCharsets.UTF_16BE);
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) return strict(bytes, 0, utf16);
        if (looksBinary(bytes)) throw new InputException("binary content, not text");
        try {
            return new Decoded(decodeStrict(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return legacy(bytes, declared);
        }
    }

    public String decodeToString(byte[] bytes, Charset declared) throws InputException {
        return decode(bytes, declared).text();
    }

    private Decoded legacy(byte[] bytes, Charset declared) throws InputException {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        Charset chosen = null;
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName();
            if (name.startsWith("UTF")) continue; // strict UTF decoding already failed
            if (name.equalsIgnoreCase("windows-1256") || name.equalsIgnoreCase("ISO-8859-6")) {
                chosen = Charset.forName(name);
                break;
            }
            if (chosen == null && match.getConfidence() >= 50 && Charset.isSupported(name)) chosen = Charset.forName(name);
        }
        if (declared != null && !declared.name().startsWith("UTF") && (chosen == null || !isArabic(chosen))) chosen = declared;
        if (chosen == null) chosen = WINDOWS_1256; // the commonest legacy encoding of Arabic pages
        String text = new String(bytes, chosen);
        if (controlShare(text) > 0.05) throw new InputException("binary content, not text (no encoding fits)");
        return new Decoded(text, chosen);
    }

    private static boolean isArabic(Charset c) {
        return c.name().equalsIgnoreCase("windows-1256") || c.name().equalsIgnoreCase("ISO-8859-6");
    }

    private static Decoded strict(byte[] bytes, int offset, Charset charset) throws InputException {
        try {
            return new Decoded(decodeStrict(bytes, offset, charset), charset);
        } catch (CharacterCodingException e) {
            throw new InputException("not valid " + charset.name() + " although it starts like it");
        }
    }

    private static String decodeStrict(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    /** UTF-16 text of a mostly ASCII or Arabic script has a zero (or 0x06) byte in every other position. */
    private static Charset utf16WithoutBom(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) return null;
        int n = Math.min(bytes.length, 4096) & ~1;
        int evenHigh = 0, oddHigh = 0;
        for (int i = 0; i < n; i += 2) {
            if (isUtf16HighByte(bytes[i])) evenHigh++;
            if (isUtf16HighByte(bytes[i + 1])) oddHigh++;
        }
        int pairs = n / 2;
        if (oddHigh > pairs * 0.6 && evenHigh < pairs * 0.2) return StandardCharsets.UTF_16LE;
        if (evenHigh > pairs * 0.6 && oddHigh < pairs * 0.2) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static boolean isUtf16HighByte(byte b) {
        return b == 0 || b == 0x06;
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) control++;
        }
        return control > n * 0.05;
    }

    private static double controlShare(String text) {
        int n = Math.min(text.length(), 8192);
        if (n == 0) return 0;
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !Character.isWhitespace(c) || c == '\uFFFD') control++;
        }
        return (double) control / n;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
