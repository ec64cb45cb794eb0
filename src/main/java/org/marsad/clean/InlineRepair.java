package org.marsad.clean;

import java.util.List;
import org.marsad.model.Repair;

/** A rule that proposes repairs inside one line of body text. Offsets are into the original input. */
interface InlineRepair {
    void propose(String original, Line line, WordCounts counts, List<Repair> out);
}
