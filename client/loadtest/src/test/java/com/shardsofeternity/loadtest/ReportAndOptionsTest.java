package com.shardsofeternity.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportAndOptionsTest {

    @Test
    void reportIsOneJsonLineInInsertionOrder() {
        Report report = new Report().put("workload", "chat").put("clients", 200).put("p99_ms", 12.5)
                .put("rate", 25.0).put("note", "a \"quoted\" word").put("missing", Double.NaN);

        assertThat(report.toJson()).isEqualTo(
                "{\"workload\":\"chat\",\"clients\":200,\"p99_ms\":12.5,\"rate\":25,\"note\":\"a \\\"quoted\\\" word\",\"missing\":null}");
    }

    @Test
    void nestedRowsBecomeAJsonArrayAndATable() {
        Report report = new Report().put("steps", List.of(new Report().put("rate", 10.0).put("ok", true),
                new Report().put("rate", 15.0).put("ok", false)));

        assertThat(report.toJson()).isEqualTo("{\"steps\":[{\"rate\":10,\"ok\":true},{\"rate\":15,\"ok\":false}]}");
        assertThat(report.toTable()).contains("rate", "true", "false");
    }

    @Test
    void optionsTakeWorkloadDefaultsAndOverrides() {
        Options chat = Options.parse("chat", "--rate", "40", "--server=http://127.0.0.1:18888/");

        assertThat(chat.clients()).isEqualTo(200);
        assertThat(chat.senders()).isEqualTo(20);
        assertThat(chat.rate()).isEqualTo(40.0);
        assertThat(chat.server().toString()).isEqualTo("http://127.0.0.1:18888");
        assertThat(chat.socketUri().toString()).isEqualTo("ws://127.0.0.1:18888/ws");
    }

    @Test
    void flagsNeedNoValue() {
        Options idle = Options.parse("idle", "--no-gc", "--clients", "10");

        assertThat(idle.collectGarbage()).isFalse();
        assertThat(idle.clients()).isEqualTo(10);
    }

    @Test
    void unknownWorkloadAndMalformedNumbersAreRefused() {
        assertThatThrownBy(() -> Options.parse("soak")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Options.parse("chat", "--rate", "fast").rate()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shortestPathWalksNeighborByNeighbor() {
        Map<Long, List<Long>> map = Map.of(1L, List.of(2L, 3L), 2L, List.of(1L, 4L), 3L, List.of(1L), 4L, List.of(2L));

        assertThat(Travel.pathBetween(map, 3, 4)).containsExactly(3L, 1L, 2L, 4L);
        assertThat(Travel.pathBetween(map, 2, 2)).containsExactly(2L);
    }

    @Test
    void prometheusSamplesAreSummedOverLabels() throws Exception {
        var constructor = ServerMetrics.class.getDeclaredConstructor(String.class);
        constructor.setAccessible(true);
        ServerMetrics metrics = constructor.newInstance("""
                # TYPE memory_usedHeap_bytes gauge
                memory_usedHeap_bytes{mp_scope="base",} 2.1202216E8
                sote_ws_frames_dropped_total{mp_scope="application",} 3.0
                sote_ws_frames_dropped_totalx 100
                """);

        assertThat(metrics.usedHeapBytes()).isEqualTo(212_022_160L);
        assertThat(metrics.framesDropped()).isEqualTo(3);
        assertThat(metrics.framesCoalesced()).isEqualTo(-1);
    }
}
