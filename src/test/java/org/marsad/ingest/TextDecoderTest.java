package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String ARABIC = "أعلنت وزارة الدفاع العراقية اليوم مقتل خمسة من عناصر تنظيم داعش في غارة جوية على مواقعهم غرب الأنبار، "
            + "وقال المتحدث باسم الوزارة إن العملية جاءت بناء على معلومات استخبارية دقيقة.";
    private final TextDecoder decoder = new TextDecoder();

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        byte[] plain = ARABIC.getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decodeToString(plain, null)).isEqualTo(ARABIC);
        assertThat(decoder.decodeToString(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain), null)).isEqualTo(ARABIC);
    }

    @Test
    void utf16WithAndWithoutBom() throws Exception {
        assertThat(decoder.decodeToString(ARABIC.getBytes(StandardCharsets.UTF_16), null)).isEqualTo(ARABIC); // BE with BOM
        assertThat(decoder.decodeToString(ARABIC.getBytes(StandardCharsets.UTF_16LE), null)).isEqualTo(ARABIC);
        assertThat(decoder.decodeToString(ARABIC.getBytes(StandardCharsets.UTF_16BE), null)).isEqualTo(ARABIC);
        assertThat(decoder.decodeToString(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARABIC.getBytes(StandardCharsets.UTF_16LE)), null))
                .isEqualTo(ARABIC);
    }

    @Test
    void windows1256IsDetected() throws Exception {
        Charset cp1256 = Charset.forName("windows-1256");
        TextDecoder.Decoded d = decoder.decode(ARABIC.getBytes(cp1256), null);
        assertThat(d.text()).isEqualTo(ARABIC);
        assertThat(d.charset()).isEqualTo(cp1256);
    }

    @Test
    void iso88596IsDetected() throws Exception {
        String text = "اعلنت وزارة الدفاع العراقية اليوم مقتل خمسة من عناصر تنظيم داعش في غارة جوية على مواقعهم غرب الانبار "
                + "وقال المتحدث باسم الوزارة ان العملية جاءت بناء على معلومات استخبارية دقيقة"; // ISO-8859-6 has no hamza-on-alef forms
        Charset iso = Charset.forName("ISO-8859-6");
        assertThat(decoder.decodeToString(text.getBytes(iso), null)).isEqualTo(text);
    }

    @Test
    void emptyAndBinaryAreRefused() {
        assertThatThrownBy(() -> decoder.decode(new byte[0], null)).isInstanceOf(InputException.class).hasMessage("empty input");
        byte[] binary = new byte[512];
        new java.util.Random(7).nextBytes(binary);
        binary[10] = 0;
        assertThatThrownBy(() -> decoder.decode(binary, null)).isInstanceOf(InputException.class).hasMessageContaining("binary");
    }
}
