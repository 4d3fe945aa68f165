package com.shardsofeternity.server.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.Priority;
import com.shardsofeternity.protocol.message.P2pConnect;
import com.shardsofeternity.protocol.message.P2pOffer;
import com.shardsofeternity.protocol.message.P2pRegister;
import com.shardsofeternity.protocol.model.NearbyPlayer;
import com.shardsofeternity.protocol.model.Position;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.realtime.Audience;
import com.shardsofeternity.server.realtime.OnlineCharacter;
import com.shardsofeternity.server.realtime.PresenceService;
import com.shardsofeternity.server.realtime.ServerMessage;
import com.shardsofeternity.server.realtime.ServerMessages;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class P2pServiceTest {

    private static final long NOW = Instant.parse("2025-06-01T12:00:00Z").toEpochMilli();
    private static final String ARIAS_SOCKET = "198.51.100.7";
    private static final String BRAMS_SOCKET = "198.51.100.8";

    private record Sent(Audience audience, P2pOffer offer) {
    }

    private final Map<Long, OnlineCharacter> online = new ConcurrentHashMap<>();
    /** Characters online on another node of a cluster: known to the shared presence directory only. */
    private final Map<Long, NearbyPlayer> onAnotherNode = new ConcurrentHashMap<>();
    private final List<Sent> sent = new ArrayList<>();
    private final List<P2pOffer> encoded = new ArrayList<>();
    private volatile boolean trustClientHosts;
    private final P2pService service = new P2pService();

    P2pServiceTest() {
        PresenceService presence = new PresenceService() {
            @Override
            public Optional<OnlineCharacter> find(long characterId) {
                return Optional.ofNullable(online.get(characterId));
            }

            @Override
            public Optional<NearbyPlayer> lookup(long characterId) {
                return find(characterId).map(OnlineCharacter::view).or(() -> Optional.ofNullable(onAnotherNode.get(characterId)));
            }
        };
        service.presence = presence;
        LocalPeerListeners listeners = new LocalPeerListeners();
        listeners.presence = presence;
        service.listeners = listeners;
        service.secrets = new PeerSecrets();
        service.messages = new ServerMessages() {
            @Override
            public ServerMessage of(String type, Object payload) {
                encoded.add((P2pOffer) payload);
                return new ServerMessage(type, Priority.HIGH, "{}", null);
            }
        };
        service.bus = (audience, message) -> sent.add(new Sent(audience, encoded.get(encoded.size() - 1)));
        service.settings = new GameSettings() {
            @Override
            public boolean p2pTrustClientHost() {
                return trustClientHosts;
            }

            @Override
            public long p2pTicketMillis() {
                return 30_000;
            }
        };
        service.clock = Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC);
        comesOnline(1, "Aria", 10);
        comesOnline(2, "Bram", 10);
        comesOnline(3, "Cato", 11);
    }

    private void comesOnline(long id, String name, long locationId) {
        online.put(id, new OnlineCharacter(id, name, "Azure Order", 1, 100, 100, locationId, Position.ORIGIN, NOW));
    }

    private static ErrorCode refusal(Runnable call) {
        try {
            call.run();
        } catch (GameException refused) {
            return refused.errorCode();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aPortOutsideOneTo65535IsInvalid() {
        for (Integer port : new Integer[] {0, 65_536, -1, null}) {
            assertThat(refusal(() -> service.register(2, BRAMS_SOCKET, new P2pRegister(port, null))))
                    .as("port %s", port).isEqualTo(ErrorCode.INVALID_MESSAGE);
        }
        service.register(2, BRAMS_SOCKET, new P2pRegister(65_535, null));
        service.register(2, BRAMS_SOCKET, new P2pRegister(1, null));
    }

    @Test
    void anIntroductionSendsBothPeersOneKeyAndOneTicket() {
        service.register(2, BRAMS_SOCKET, new P2pRegister(9000, null));

        service.connect(1, new P2pConnect(2L));

        assertThat(sent).hasSize(2);
        P2pOffer accept = sent.get(0).offer();
        P2pOffer dial = sent.get(1).offer();
        assertThat(sent.get(0).audience()).isEqualTo(Audience.character(2));
        assertThat(accept).isEqualTo(new P2pOffer(1L, "Aria", null, null, dial.sessionKey(), dial.ticket(), NOW + 30_000, "accept"));
        assertThat(sent.get(1).audience()).isEqualTo(Audience.character(1));
        assertThat(dial).isEqualTo(new P2pOffer(2L, "Bram", BRAMS_SOCKET, 9000, accept.sessionKey(), accept.ticket(), NOW + 30_000, "dial"));
        assertThat(Base64.getUrlDecoder().decode(dial.sessionKey())).hasSize(32);
        assertThat(Base64.getUrlDecoder().decode(dial.ticket()).length * 8).isGreaterThanOrEqualTo(128);
    }

    @Test
    void everyIntroductionHasItsOwnKeyAndTicket() {
        service.register(2, BRAMS_SOCKET, new P2pRegister(9000, null));

        service.connect(1, new P2pConnect(2L));
        service.connect(1, new P2pConnect(2L));

        assertThat(sent.get(1).offer().sessionKey()).isNotEqualTo(sent.get(3).offer().sessionKey());
        assertThat(sent.get(1).offer().ticket()).isNotEqualTo(sent.get(3).offer().ticket());
    }

    @Test
    void theAcceptingPeerLearnsTheDiallersListenerWhenItHasOne() {
        service.register(1, ARIAS_SOCKET, new P2pRegister(9100, null));
        service.register(2, BRAMS_SOCKET, new P2pRegister(9000, null));

        service.connect(1, new P2pConnect(2L));

        assertThat(sent.get(0).offer().host()).isEqualTo(ARIAS_SOCKET);
        assertThat(sent.get(0).offer().port()).isEqualTo(9100);
    }

    @Test
    void aDeclaredHostIsIgnoredUnlessClientHostsAreTrusted() {
        service.register(2, BRAMS_SOCKET, new P2pRegister(9000, "bram.example.net"));
        service.connect(1, new P2pConnect(2L));
        assertThat(sent.get(1).offer().host()).isEqualTo(BRAMS_SOCKET);

        trustClientHosts = true;
        service.register(2, BRAMS_SOCKET, new P2pRegister(9000, "bram.example.net"));
        service.connect(1, new P2pConnect(2L));
        assertThat(sent.get(3).offer().host()).isEqualTo("bram.example.net");
    }

    @Test
    void aTrustedHostMustLookLikeAHostNameOrAddress() {
        trustClientHosts = true;

        assertThat(refusal(() -> service.register(2, BRAMS_SOCKET, new P2pRegister(9000, "bram/../admin"))))
                .isEqualTo(ErrorCode.INVALID_MESSAGE);
        assertThat(refusal(() -> service.register(2, BRAMS_SOCKET, new P2pRegister(9000, " "))))
                .isEqualTo(ErrorCode.INVALID_MESSAGE);
        service.register(2, BRAMS_SOCKET, new P2pRegister(9000, "2001:db8::8"));
    }

    @Test
    void withoutTheSocketsAddressAndNoTrustedHostTheRegistrationIsForbidden() {
        assertThat(refusal(() -> service.register(2, null, new P2pRegister(9000, "bram.example.net"))))
                .isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void aPeerThatIsUnknownOrNotOnlineIsNotFound() {
        online.remove(2L);

        assertThat(refusal(() -> service.connect(1, new P2pConnect(2L)))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(refusal(() -> service.connect(1, new P2pConnect(999L)))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(sent).isEmpty();
    }

    @Test
    void aPeerElsewhereOrWithoutAListenerIsForbidden() {
        service.register(3, "198.51.100.9", new P2pRegister(9000, null));

        assertThat(refusal(() -> service.connect(1, new P2pConnect(3L)))).as("in location 11").isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(refusal(() -> service.connect(1, new P2pConnect(2L)))).as("no listener").isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(sent).isEmpty();
    }

    @Test
    void askingForOneselfOrNobodyIsInvalid() {
        service.register(1, ARIAS_SOCKET, new P2pRegister(9000, null));

        assertThat(refusal(() -> service.connect(1, new P2pConnect(1L)))).isEqualTo(ErrorCode.INVALID_MESSAGE);
        assertThat(refusal(() -> service.connect(1, new P2pConnect(null)))).isEqualTo(ErrorCode.INVALID_MESSAGE);
    }

    @Test
    void aRegistrationDoesNotOutliveTheStayOnlineItWasMadeIn() {
        service.register(2, BRAMS_SOCKET, new P2pRegister(9000, null));

        online.remove(2L);
        comesOnline(2, "Bram", 10);

        assertThat(refusal(() -> service.connect(1, new P2pConnect(2L)))).isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void aPeerWhoseSocketIsOnAnotherNodeIsIntroducedThroughTheSharedDirectories() {
        PeerListeners local = service.listeners;
        Map<Long, PeerAddress> registeredElsewhere = new ConcurrentHashMap<>();
        service.listeners = new PeerListeners() {
            @Override
            public void register(OnlineCharacter character, PeerAddress address) {
                local.register(character, address);
            }

            @Override
            public Optional<PeerAddress> of(long characterId) {
                return Optional.ofNullable(registeredElsewhere.get(characterId)).or(() -> local.of(characterId));
            }
        };
        onAnotherNode.put(4L, new NearbyPlayer(4L, "Dara", 1, "Azure Order", 10L, Position.ORIGIN, NOW));
        onAnotherNode.put(5L, new NearbyPlayer(5L, "Eryk", 1, "Azure Order", 11L, Position.ORIGIN, NOW));
        onAnotherNode.put(6L, new NearbyPlayer(6L, "Fen", 1, "Azure Order", 10L, Position.ORIGIN, NOW));
        registeredElsewhere.put(4L, new PeerAddress("198.51.100.10", 9400));
        registeredElsewhere.put(5L, new PeerAddress("198.51.100.11", 9500));

        service.connect(1, new P2pConnect(4L));

        assertThat(sent).extracting(Sent::audience).containsExactly(Audience.character(4), Audience.character(1));
        P2pOffer dial = sent.get(1).offer();
        assertThat(dial).isEqualTo(new P2pOffer(4L, "Dara", "198.51.100.10", 9400, dial.sessionKey(), dial.ticket(),
                NOW + 30_000, "dial"));
        assertThat(refusal(() -> service.connect(1, new P2pConnect(5L)))).as("in location 11").isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(refusal(() -> service.connect(1, new P2pConnect(6L)))).as("no listener").isEqualTo(ErrorCode.FORBIDDEN);
    }
}
