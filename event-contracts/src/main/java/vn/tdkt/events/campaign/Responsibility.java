package vn.tdkt.events.campaign;

import java.time.LocalDate;

/** A task a plan gives one unit (an office, a department), with its due date if the plan sets one. */
public record Responsibility(String unitCode, String task, LocalDate dueDate) {
}
