package fi.polku.team.pathway;

public enum PathwayStatus {
    OPEN,
    CLOSED
}
