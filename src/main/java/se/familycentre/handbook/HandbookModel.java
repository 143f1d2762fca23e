package se.familycentre.handbook;

import java.util.List;

/**
 * What the handbook says, read from the models: plain data, no HTML. The {@link ModelReader} fills it, the
 * {@link HtmlWriter} turns it into pages. Text is kept raw here and escaped only when written.
 */
public final class HandbookModel {

  private HandbookModel() {
  }

  /** Everything the handbook shows. */
  public record Handbook(List<ProcessDoc> processes, List<DecisionDoc> decisions, List<LegalReference> legalReferences,
                         List<String> problems) {
  }

  /** A group with its id and Swedish name (the name is the id itself if the group is not one of ours). */
  public record GroupRef(String id, String swedishName) {
  }

  /** A link to another page of the handbook. */
  public record Link(LinkKind kind, String key, String text, String anchor) {
    public Link(LinkKind kind, String key, String text) {
      this(kind, key, text, null);
    }
  }

  public enum LinkKind { PROCESS, DECISION }

  /** One line of facts about a step ("Tidsfrist: inom 14 dagar"), optionally linking to another page. */
  public record Fact(String term, String text, Link link) {
    public Fact(String term, String text) {
      this(term, text, null);
    }
  }

  /**
   * A process. {@code svg} is its diagram as bpmn-js draws it (see {@link Diagrams}), null when there is none to
   * show; {@code diagramProblem} then says why, if it is not simply that none was exported. {@code historyTimeToLive}
   * is the retention the engine applies (configuration), in words.
   */
  public record ProcessDoc(String key, String name, String documentation, String source, boolean executable,
                           String versionTag, String historyTimeToLive, List<GroupRef> starterGroups,
                           List<String> starterUsers, List<GroupRef> participantGroups, List<LaneDoc> lanes,
                           List<Step> steps, String svg, String diagramProblem, List<Link> calledFrom) {
  }

  public record LaneDoc(String id, String name, List<String> stepNames) {
  }

  /**
   * One step of a process in order of the flow. Boundary events are listed under their host, the steps of an
   * expanded sub-process are its children.
   */
  public record Step(String id, String number, String name, String kind, String documentation, String lane,
                     List<GroupRef> groups, String groupNote, FormDoc form, String formRef, List<Fact> facts,
                     List<Step> boundaryEvents, List<Step> children, List<FlowDoc> outgoing) {
  }

  /** A sequence flow leaving a step: its label, condition and where it leads. */
  public record FlowDoc(String id, String name, String condition, boolean isDefault, String targetId,
                        String targetName) {
  }

  public record FormDoc(String id, String source, List<FormField> fields) {
  }

  /** A field of a Camunda Form as the official sees it. */
  public record FormField(String key, String label, String type, boolean required, String help, List<String> notes,
                          int depth) {
  }

  public record DecisionDoc(String key, String name, String documentation, String source, String historyTimeToLive,
                            String hitPolicy, List<Column> inputs, List<Column> outputs, List<Rule> rules,
                            String literalExpression, List<String> requiredDecisions, List<Link> usedBy) {
  }

  /** An input or output column: its label, the expression or variable it reads or writes, and its type. */
  public record Column(String id, String label, String expression, String type, List<String> allowedValues) {
  }

  /** A rule of a decision table: its cells, its annotation and the whole rule as one Swedish sentence. */
  public record Rule(String id, int number, List<Entry> inputEntries, List<Entry> outputEntries, String annotation,
                     String sentence) {
  }

  /** A cell of a rule: the raw expression as written, and the same in plain words. */
  public record Entry(String raw, String plain) {
  }

  /** A legal reference shown in the handbook, from configuration ({@code familycentre.handbook.legal-references}). */
  public record LegalReference(String name, String reference, String text) {
  }
}
