package fi.polku.healthcheck.check;

import java.util.regex.Pattern;

/** The classification a visit reason is coded in, and the shape of its codes. */
public enum ReasonCodeSystem {
    /** ICPC-2: a chapter letter and two digits, such as {@code A98} or {@code P76}. */
    ICPC2(Pattern.compile("[ABDFHKLNPRSTUWXYZ]\\d{2}")),
    /** ICD-10 as used in Finland: a letter, two digits, an optional decimal part and an optional sign, {@code F32.1}. */
    ICD10(Pattern.compile("[A-Z]\\d{2}(\\.\\d{1,3})?[+*#&]?"));

    private final Pattern shape;

    ReasonCodeSystem(Pattern shape) {
        this.shape = shape;
    }

    boolean fits(String code) {
        return shape.matcher(code).matches();
    }
}
