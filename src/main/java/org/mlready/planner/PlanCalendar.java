package org.mlready.planner;

import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.stereotype.Component;

/**
 * A plan as an iCalendar feed: one all-day event per week, spanning its seven days and listing its tasks. A week's
 * UID names the account, the week and the hash of the plan's inputs, so it stays the same until the plan changes.
 */
@Component
class PlanCalendar {

    static final String PRODUCT = "-//mlready//Study plan//EN";

    private final PlanViews views;

    PlanCalendar(PlanViews views) {
        this.views = views;
    }

    String ics(LearnerPlans.LearnerPlan learnerPlan) {
        PlanView plan = views.of(learnerPlan.outcome(), learnerPlan.progress(), learnerPlan.inputs().targetDate().orElse(null));
        String hash = learnerPlan.inputs().hash();
        DtStamp stamp = new DtStamp(learnerPlan.updatedAt().atOffset(ZoneOffset.UTC).withNano(0).toInstant());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (PlanView.WeekView week : plan.weeks()) {
            VEvent event = new VEvent(week.startDate(), week.endDate().plusDays(1),
                    "mlready week " + week.number() + ": " + String.join(", ", week.topicIds().stream().map(views::topicTitle).toList()));
            event.replace(stamp);
            event.add(new Uid("plan-" + learnerPlan.accountId() + "-" + hash + "-week-" + week.number() + "@mlready"));
            event.add(new Description(description(week)));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("could not write the plan's calendar", e);
        }
        return out.toString();
    }

    private static String description(PlanView.WeekView week) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Week %d, %s to %s, %s hours:%n", week.number(),
                week.startDate(), week.endDate(), hours(week.hours())));
        for (PlanView.TaskView task : week.tasks()) {
            text.append(String.format(Locale.ROOT, "- %s (%s h)%s%n", task.title(), hours(task.hours()),
                    task.done() ? " done" : ""));
        }
        return text.toString().strip();
    }

    static String hours(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.format(Locale.ROOT, "%.2f", hours)
                .replaceAll("0+$", "");
    }
}
