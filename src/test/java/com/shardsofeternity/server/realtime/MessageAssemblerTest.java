package com.shardsofeternity.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessageAssemblerTest {

    private final MessageAssembler assembler = new MessageAssembler(10);

    @Test
    void anUnfragmentedMessageIsReturnedAsIs() throws Exception {
        String message = "0123456789";

        assertThat(assembler.text(message, true)).isSameAs(message);
    }

    @Test
    void partsAreJoinedWhenTheLastOneArrives() throws Exception {
        assertThat(assembler.text("abc", false)).isNull();
        assertThat(assembler.text("def", false)).isNull();

        assertThat(assembler.text("ghij", true)).isEqualTo("abcdefghij");
        assertThat(assembler.text("next", true)).isEqualTo("next");
    }

    @Test
    void aWholeMessageOverTheLimitIsRefused() {
        assertThatThrownBy(() -> assembler.text("01234567890", true)).isInstanceOf(MessageAssembler.TooLarge.class);
    }

    @Test
    void partsAddingUpToMoreThanTheLimitAreRefusedAsSoonAsTheyPassIt() throws Exception {
        assembler.text("01234", false);

        assertThatThrownBy(() -> assembler.text("567890", false)).isInstanceOf(MessageAssembler.TooLarge.class);
        assertThat(assembler.text("more of the same", false)).isNull();
        assertThat(assembler.text("end", true)).isNull();
        assertThat(assembler.text("fresh", true)).isEqualTo("fresh");
    }

    @Test
    void sizeIsCountedInUtf8Bytes() throws Exception {
        assertThat(assembler.text("\u20AC\u20AC\u20AC", true)).hasSize(3);
        assertThatThrownBy(() -> assembler.text("\u20AC\u20AC\u20AC\u20AC", true)).isInstanceOf(MessageAssembler.TooLarge.class);
        assertThatThrownBy(() -> assembler.text("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", true))
                .isInstanceOf(MessageAssembler.TooLarge.class);
    }

    @Test
    void utf8LengthMatchesTheJavaEncoder() {
        for (String text : new String[] {"", "plain ascii", "caf\u00E9", "\u20AC uro", "\uD83D\uDE00 grin", "\u00E9\u4E2D\uD83D\uDE00a"}) {
            assertThat(MessageAssembler.utf8Length(text)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void binaryPartsAreCountedTheSameWay() throws Exception {
        assertThat(assembler.binary(4, false)).isFalse();
        assertThat(assembler.binary(6, true)).isTrue();

        assembler.binary(6, false);
        assertThatThrownBy(() -> assembler.binary(5, false)).isInstanceOf(MessageAssembler.TooLarge.class);
        assertThat(assembler.binary(1, true)).isFalse();
        assertThat(assembler.binary(10, true)).isTrue();
    }
}
