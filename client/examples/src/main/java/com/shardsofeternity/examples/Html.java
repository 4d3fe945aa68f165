package com.shardsofeternity.examples;

/** Chat arrives with {@code & < > " '} escaped for web pages; a terminal shows the characters themselves. */
final class Html {

    private Html() {
    }

    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
