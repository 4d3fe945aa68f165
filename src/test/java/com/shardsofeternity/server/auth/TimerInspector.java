package com.shardsofeternity.server.auth;

import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** Test-only bean: the timers the EJB container holds for this module, as plain values. */
@Singleton
public class TimerInspector {

    /** A calendar timer as the container registered it. */
    public record ScheduledTimer(Serializable info, boolean persistent, String hour, String minute, String second) {
    }

    @Resource
    TimerService timerService;

    public Optional<ScheduledTimer> byInfo(String info) {
        return scheduledTimers().stream().filter(timer -> info.equals(timer.info())).findFirst();
    }

    public List<ScheduledTimer> scheduledTimers() {
        return timerService.getAllTimers().stream().filter(Timer::isCalendarTimer).map(TimerInspector::describe).toList();
    }

    private static ScheduledTimer describe(Timer timer) {
        ScheduleExpression schedule = timer.getSchedule();
        return new ScheduledTimer(timer.getInfo(), timer.isPersistent(), schedule.getHour(), schedule.getMinute(),
                schedule.getSecond());
    }
}
