package se.familycentre.shared.engine.guard;

/**
 * The order of the write guards in the command chain (lower first): the specific refusals (a start that skips
 * the start event) before the general one (administrators' only), so the caller reads the reason that fits;
 * the form check last, on what is left.
 */
public final class GuardOrder {

  public static final int START_AT_START_EVENT = 100;
  public static final int ADMINISTRATORS_ONLY = 200;
  public static final int FORM_FIELDS = 300;

  private GuardOrder() {
  }
}
