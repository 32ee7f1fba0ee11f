/**
 * A working-day axis: working days numbered as integer slots around an anchor working day
 * (slot 0), so schedules can be computed with plain integer arithmetic and turned into dates at
 * the end. Slot k + 1 is the next working day after slot k; non-working days have no slot.
 *
 * A milestone of D ≥ 1 days occupying slots [s, s + D) starts on date(s) and ends on
 * date(s + D − 1), both inclusive; its buffer occupies the next B slots [s + D, s + D + B).
 */
import { dayNumber, fromDayNumber, workingDayTest, type WorkCalendar } from "./calendar";

export class WorkingDayAxis {
  private readonly working: (day: number) => boolean;
  private readonly anchorDay: number;
  // days[k] is the day number of slot k (k ≥ 0); back[k] of slot −(k + 1)
  private readonly days: number[];
  private readonly back: number[] = [];
  private readonly slotByDay = new Map<number, number>();

  /** `anchor` must be a working day of `cal`: it becomes slot 0. */
  constructor(anchor: string, cal: WorkCalendar) {
    this.working = workingDayTest(cal);
    this.anchorDay = dayNumber(anchor);
    if (!this.working(this.anchorDay)) throw new RangeError(`The axis anchor ${anchor} is not a working day`);
    this.days = [this.anchorDay];
    this.slotByDay.set(this.anchorDay, 0);
  }

  /** The date of a slot. */
  date(slot: number): string {
    return fromDayNumber(this.day(slot));
  }

  /**
   * The slot of a date. A non-working date has no slot of its own: it is rounded to the next
   * or previous working day.
   */
  slotOf(date: string, round: "next" | "previous"): number {
    let d = dayNumber(date);
    const dir = round === "next" ? 1 : -1;
    while (!this.working(d)) d += dir;
    if (d >= this.anchorDay) while (this.days[this.days.length - 1]! < d) this.extend(1);
    else while ((this.back[this.back.length - 1] ?? this.anchorDay) > d) this.extend(-1);
    return this.slotByDay.get(d)!;
  }

  private day(slot: number): number {
    if (!Number.isInteger(slot)) throw new RangeError(`A slot must be a whole number, got ${slot}`);
    if (slot >= 0) {
      while (this.days.length <= slot) this.extend(1);
      return this.days[slot]!;
    }
    while (this.back.length < -slot) this.extend(-1);
    return this.back[-slot - 1]!;
  }

  private extend(dir: 1 | -1): void {
    const list = dir === 1 ? this.days : this.back;
    let d = (list[list.length - 1] ?? this.anchorDay) + dir;
    while (!this.working(d)) d += dir;
    list.push(d);
    this.slotByDay.set(d, dir === 1 ? list.length - 1 : -list.length);
  }
}
