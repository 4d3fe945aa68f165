package com.shardsofeternity.examples;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.CombatParticipant;
import com.shardsofeternity.protocol.message.CombatStart;
import com.shardsofeternity.protocol.message.CombatState;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Two players fight in the starting location. Each is driven by a {@link CombatBrain} from its own
 * handlers: whenever a combat message says it is its turn, it picks an action and sends it. The
 * example only starts the fight and prints the log until one side is left.
 */
final class CombatSimulationExample implements Example {

    @Override
    public String title() {
        return "Combat simulation";
    }

    @Override
    public void run(Demo demo) {
        GameClient knight = demo.newPlayer("Knight", "Crimson Covenant");
        GameClient rogue = demo.newPlayer("Rogue", "Umbral Syndicate");
        CompletableFuture<CombatState> ended = new CompletableFuture<>();
        new CombatBrain(knight, Await.result(knight.listCharacters()).get(0), Demo.idOf(rogue), false, demo).attach();
        new CombatBrain(rogue, Await.result(rogue.listCharacters()).get(0), Demo.idOf(knight), true, demo).attach();
        knight.registerHandler(MessageTypes.COMBAT_START, CombatStart.class, start ->
                demo.say("Combat %s begins; turn order %s", start.combatId(), start.turnOrder()));
        knight.registerHandler(MessageTypes.COMBAT_STATE, CombatState.class, new CombatLogPrinter(demo, ended)::print);

        demo.say("%s attacks %s", Demo.nameOf(knight), Demo.nameOf(rogue));
        Await.result(knight.startCombat(List.of(Demo.idOf(rogue))));

        CombatState last = Await.result(ended.orTimeout(3, TimeUnit.MINUTES));
        for (CombatParticipant fighter : last.participants()) {
            demo.say("  %s: %d/%d health%s", fighter.characterName(), fighter.health(), fighter.maxHealth(),
                    last.winnerIds().contains(fighter.characterId()) ? ", winner" : "");
        }
    }

    /** Prints the new lines of each {@code combat_state} and completes when the combat ends. */
    private static final class CombatLogPrinter {
        private final Demo demo;
        private final CompletableFuture<CombatState> ended;
        private List<String> printed = List.of();

        private CombatLogPrinter(Demo demo, CompletableFuture<CombatState> ended) {
            this.demo = demo;
            this.ended = ended;
        }

        void print(CombatState state) {
            List<String> log = state.combatLog();
            newLines(printed, log).forEach(line -> demo.say("  %s", line));
            printed = log;
            if (Boolean.TRUE.equals(state.ended())) {
                ended.complete(state);
            }
        }

        /** The server sends the recent log each time, its oldest lines dropping off: what follows what we printed. */
        private static List<String> newLines(List<String> previous, List<String> current) {
            for (int dropped = 0; dropped <= previous.size(); dropped++) {
                List<String> kept = previous.subList(dropped, previous.size());
                if (kept.size() <= current.size() && current.subList(0, kept.size()).equals(kept)) {
                    return current.subList(kept.size(), current.size());
                }
            }
            return current;
        }
    }
}
