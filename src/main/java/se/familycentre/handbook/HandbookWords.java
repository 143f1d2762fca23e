package se.familycentre.handbook;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.familycentre.shared.DeadlineWords;
import se.familycentre.shared.engine.guard.form.SignedInOptions;

/**
 * What the handbook cannot read from the models themselves but the rooms of the processes say in words: when each
 * deadline expression falls ({@link DeadlineWords}) and what a select filled for the signed-in official offers
 * ({@link SignedInOptions}, by its {@code valuesKey}).
 */
public record HandbookWords(Map<String, String> deadlines, Map<String, String> signedInOptions) {

  /** Nothing explained: the handbook of fixture models, or of models read without the application. */
  public static final HandbookWords NONE = new HandbookWords(Map.of(), Map.of());

  public HandbookWords {
    deadlines = Map.copyOf(deadlines);
    signedInOptions = Map.copyOf(signedInOptions);
  }

  /** The words of the application's rooms. */
  public static HandbookWords of(List<? extends DeadlineWords> deadlineRooms, List<? extends SignedInOptions> options) {
    Map<String, String> byKey = new TreeMap<>();
    for (SignedInOptions option : options) {
      byKey.put(option.valuesKey(), option.inWords());
    }
    return new HandbookWords(DeadlineWords.all(deadlineRooms), byKey);
  }
}
