package com.shardsofeternity.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.protocol.Envelope;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.CombatAction;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final MessageCodec codec = new MessageCodec(MessageTypes.standard());

    @Test
    void chatCarriesOnlyChannelAndContentValues() throws Exception {
        Envelope envelope = codec.decode(codec.encodeClient("chat", "c-1", Messages.chat("global", "hello")));
        assertThat(envelope.json().getString("channel")).isEqualTo("global");
        assertThat(envelope.json().getString("content")).isEqualTo("hello");
        assertThat(envelope.json().isNull("sender_id")).isTrue();
    }

    @Test
    void combatHelpersFillWhatEachActionNeeds() {
        assertThat(Messages.attack("cb", 5)).isEqualTo(new CombatAction("cb", "attack", 5L, null, null));
        assertThat(Messages.castSpell("cb", 5, "Fireball")).isEqualTo(new CombatAction("cb", "spell", 5L, "Fireball", null));
        assertThat(Messages.useItem("cb", 9)).isEqualTo(new CombatAction("cb", "item", null, null, 9L));
        assertThat(Messages.defend("cb").actionType()).isEqualTo("defend");
        assertThat(Messages.flee("cb").actionType()).isEqualTo("flee");
    }

    @Test
    void serverSideShapesUseTheWireNames() throws Exception {
        String captured = codec.toJson(Messages.shardCaptured(3, "Phoenix Flame", 10, "Aria", "Order"));
        assertThat(captured).contains("\"captured_by_character_id\":10").contains("\"shard_name\":\"Phoenix Flame\"");
        String update = codec.toJson(Messages.characterUpdate(10, "Aria", 80, 100, 2, 5));
        assertThat(update).contains("\"max_health\":100").contains("\"location_id\":2");
    }

    @Test
    void movementAndPartyShapes() throws Exception {
        assertThat(codec.toJson(Messages.move(1, 2))).contains("\"from_location_id\":1").contains("\"to_location_id\":2");
        assertThat(codec.toJson(Messages.locationUpdate(Messages.position(1, 2, 3), Messages.position(0, 0, 1))))
                .contains("\"position\":{\"x\":1.0,\"y\":2.0,\"z\":3.0}");
        assertThat(codec.toJson(Messages.partyInvite(4, 11))).contains("\"invitee_id\":11");
        assertThat(codec.toJson(Messages.combatStart(List.of(7L, 8L)))).contains("\"target_ids\":[7,8]");
    }
}
