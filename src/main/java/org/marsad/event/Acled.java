package org.marsad.event;

import java.util.Map;

/**
 * ACLED's 6 event types and 25 sub-event types (ACLED Codebook 2023), by the short codes the trigger
 * lexicon uses.
 */
public final class Acled {
    public static final String BATTLES = "Battles";
    public static final String VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians";
    public static final String REMOTE_VIOLENCE = "Explosions/Remote violence";
    public static final String PROTESTS = "Protests";
    public static final String RIOTS = "Riots";
    public static final String STRATEGIC = "Strategic developments";

    /** A code's [event type, sub-event type]. */
    static final Map<String, String[]> CODES = Map.ofEntries(
            Map.entry("BAT.clash", new String[] {BATTLES, "Armed clash"}),
            Map.entry("BAT.gov", new String[] {BATTLES, "Government regains territory"}),
            Map.entry("BAT.nsa", new String[] {BATTLES, "Non-state actor overtakes territory"}),
            Map.entry("VAC.sexual", new String[] {VIOLENCE_AGAINST_CIVILIANS, "Sexual violence"}),
            Map.entry("VAC.attack", new String[] {VIOLENCE_AGAINST_CIVILIANS, "Attack"}),
            Map.entry("VAC.abduct", new String[] {VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance"}),
            Map.entry("ERV.chem", new String[] {REMOTE_VIOLENCE, "Chemical weapon"}),
            Map.entry("ERV.air", new String[] {REMOTE_VIOLENCE, "Air/drone strike"}),
            Map.entry("ERV.suicide", new String[] {REMOTE_VIOLENCE, "Suicide bomb"}),
            Map.entry("ERV.shell", new String[] {REMOTE_VIOLENCE, "Shelling/artillery/missile attack"}),
            Map.entry("ERV.ied", new String[] {REMOTE_VIOLENCE, "Remote explosive/landmine/IED"}),
            Map.entry("ERV.grenade", new String[] {REMOTE_VIOLENCE, "Grenade"}),
            Map.entry("PRO.peaceful", new String[] {PROTESTS, "Peaceful protest"}),
            Map.entry("PRO.intervention", new String[] {PROTESTS, "Protest with intervention"}),
            Map.entry("PRO.force", new String[] {PROTESTS, "Excessive force against protesters"}),
            Map.entry("RIO.violent", new String[] {RIOTS, "Violent demonstration"}),
            Map.entry("RIO.mob", new String[] {RIOTS, "Mob violence"}),
            Map.entry("SD.agree", new String[] {STRATEGIC, "Agreement"}),
            Map.entry("SD.arrest", new String[] {STRATEGIC, "Arrests"}),
            Map.entry("SD.change", new String[] {STRATEGIC, "Change to group/activity"}),
            Map.entry("SD.disrupt", new String[] {STRATEGIC, "Disrupted weapons use"}),
            Map.entry("SD.base", new String[] {STRATEGIC, "Headquarters or base established"}),
            Map.entry("SD.loot", new String[] {STRATEGIC, "Looting/property destruction"}),
            Map.entry("SD.transfer", new String[] {STRATEGIC, "Non-violent transfer of territory"}),
            Map.entry("SD.other", new String[] {STRATEGIC, "Other"}));

    private Acled() {
    }

    static String[] of(String code) {
        if (code == null || code.equals("-")) return null;
        String[] v = CODES.get(code);
        if (v == null) throw new IllegalArgumentException("unknown ACLED code " + code);
        return v;
    }
}
