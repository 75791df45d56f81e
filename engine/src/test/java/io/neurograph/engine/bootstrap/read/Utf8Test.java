package io.neurograph.engine.bootstrap.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Utf8Test {
    @Test
    void agreesWithTheJdkStrictDecoderOnRandomBytes() {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        SplittableRandom rnd = new SplittableRandom(3);
        int valid = 0;
        for (int i = 0; i < 200_000; i++) {
            byte[] b = new byte[rnd.nextInt(1, 8)];
            for (int k = 0; k < b.length; k++) {
                // mostly lead and continuation bytes, so that valid sequences are common too
                b[k] = (byte) (rnd.nextInt(4) == 0 ? rnd.nextInt(256) : rnd.nextInt(0x80, 0xF6));
            }
            boolean jdk;
            try {
                strict.decode(ByteBuffer.wrap(b));
                jdk = true;
            } catch (CharacterCodingException e) {
                jdk = false;
            }
            assertThat(Utf8.firstInvalid(b, 0, b.length) < 0).as(java.util.HexFormat.of().formatHex(b)).isEqualTo(jdk);
            valid += jdk ? 1 : 0;
        }
        assertThat(valid).isGreaterThan(1_000);
    }

    @Test
    void decodesNonLatinWordsAndRejectsLatin1() {
        byte[] cyrillic = "слово".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.decode(cyrillic, 0, cyrillic.length)).isEqualTo("слово");
        byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Utf8.decode(latin1, 0, latin1.length)).isNull();
        assertThat(Utf8.problem(latin1, 0, latin1.length)).startsWith("the word is not valid UTF-8 (byte 0xE9 at position 4");
    }
}
