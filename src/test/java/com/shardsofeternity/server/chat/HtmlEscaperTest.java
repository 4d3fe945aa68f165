package com.shardsofeternity.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlEscaperTest {

    @Test
    void eachOfTheFiveSpecialCharactersBecomesAnEntity() {
        assertThat(HtmlEscaper.escape("&")).isEqualTo("&amp;");
        assertThat(HtmlEscaper.escape("<")).isEqualTo("&lt;");
        assertThat(HtmlEscaper.escape(">")).isEqualTo("&gt;");
        assertThat(HtmlEscaper.escape("\"")).isEqualTo("&quot;");
        assertThat(HtmlEscaper.escape("'")).isEqualTo("&#39;");
    }

    @Test
    void markupIsEscapedAndTheRestKept() {
        assertThat(HtmlEscaper.escape("<a href=\"x\" onclick='go()'>Tom & Jerry</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;go()&#39;&gt;Tom &amp; Jerry&lt;/a&gt;");
    }

    @Test
    void textWithoutSpecialCharactersIsReturnedAsIs() {
        String text = "Hail, travellers of the Eternal Nexus!";

        assertThat(HtmlEscaper.escape(text)).isSameAs(text);
        assertThat(HtmlEscaper.escape("")).isEmpty();
    }

    @Test
    void entitiesAreEscapedAgainSoTheyShowAsTyped() {
        assertThat(HtmlEscaper.escape("&amp; &lt;")).isEqualTo("&amp;amp; &amp;lt;");
    }

    @Test
    void otherCharactersIncludingEmojiAreUntouched() {
        assertThat(HtmlEscaper.escape("caf\u00E9 \uD83D\uDE00<\u4E2D>")).isEqualTo("caf\u00E9 \uD83D\uDE00&lt;\u4E2D&gt;");
        assertThat(HtmlEscaper.escape("\uD83D\uDE00&")).isEqualTo("\uD83D\uDE00&amp;");
    }
}
