package nl.kringkoop.referencedata.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Future;
import nl.kringkoop.platform.csvimport.ImportProgress;
import nl.kringkoop.platform.csvimport.ImportReport;
import nl.kringkoop.platform.problem.ProblemException;

/**
 * One import running in the background for the reference-data page: how far it is, and its report
 * or the problem that stopped it. Written by the worker thread, read by the page's polls.
 */
final class ImportJob implements ImportProgress {

  private final ReferenceList list;
  private final Instant started;
  private volatile int done;
  private volatile int total;
  private volatile boolean storing;
  private volatile ImportReport report;
  private volatile ProblemException problem;
  private volatile Duration took;
  private volatile Future<?> task;

  ImportJob(ReferenceList list, Instant started) {
    this.list = list;
    this.started = started;
  }

  @Override
  public void advanced(int doneRows, int totalRows) {
    this.storing = true;
    this.total = totalRows;
    this.done = doneRows;
  }

  // The duration is written before the outcome: a poll that sees the outcome sees the duration.
  void finished(ImportReport result, Instant now) {
    this.took = Duration.between(started, now);
    this.report = result;
  }

  void failed(ProblemException stopped, Instant now) {
    this.took = Duration.between(started, now);
    this.problem = stopped;
  }

  void runningAs(Future<?> future) {
    this.task = future;
  }

  ReferenceList list() {
    return list;
  }

  boolean running() {
    return report == null && problem == null && (task == null || !task.isDone());
  }

  boolean storing() {
    return storing;
  }

  /** 0..100; checking the rows counts as the first tenth, storing them as the rest. */
  int percent() {
    if (!running()) {
      return 100;
    }
    int stored = total == 0 ? 0 : (int) (90L * done / total);
    return storing ? 10 + stored : 5;
  }

  ImportReport report() {
    return report;
  }

  ProblemException problem() {
    return problem;
  }

  Duration took() {
    return took;
  }
}
