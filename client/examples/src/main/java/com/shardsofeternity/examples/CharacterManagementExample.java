package com.shardsofeternity.examples;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.NearbyPlayers;
import com.shardsofeternity.protocol.model.CharacterView;
import com.shardsofeternity.protocol.model.NearbyPlayer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** List, create and select characters; after the selection the server says who is nearby. */
final class CharacterManagementExample implements Example {

    @Override
    public String title() {
        return "Character management";
    }

    @Override
    public void run(Demo demo) {
        GameClient client = demo.newAccount("Keeper");
        demo.say("Characters of a new account: %s", Await.result(client.listCharacters()));
        List<String> factions = Await.result(client.getFactions());
        demo.say("Factions to choose from: %s", factions);

        String suffix = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();
        CharacterView warrior = Await.result(client.createCharacter("Warrior " + suffix, factions.get(0)));
        CharacterView mystic = Await.result(client.createCharacter("Mystic " + suffix, factions.get(1)));
        for (CharacterView character : Await.result(client.listCharacters())) {
            demo.say("  #%d %s, level %d %s, %d/%d health, in location %d, abilities %s, carrying %s",
                    character.id(), character.name(), character.level(), character.faction(), character.health(),
                    character.maxHealth(), character.locationId(), character.abilities(),
                    character.inventory().stream().map(item -> item.quantity() + " x " + item.name()).toList());
        }

        CompletableFuture<NearbyPlayers> nearby = new CompletableFuture<>();
        client.registerHandler(MessageTypes.NEARBY_PLAYERS, NearbyPlayers.class, nearby::complete);
        Await.result(client.selectCharacter(warrior.id()));
        NearbyPlayers report = Await.result(nearby.orTimeout(10, TimeUnit.SECONDS));
        demo.say("Playing %s (not %s); location %d has %d players online:", client.localPlayer().characterName().orElseThrow(),
                mystic.name(), report.locationId(), report.players().size());
        for (NearbyPlayer player : client.getNearbyPlayers()) {
            demo.say("  %s (%s, level %d)", player.characterName(), player.faction(), player.level());
        }
    }
}
