package eu.sadarbe.applications;

/** An annex with its bytes, for download. */
public record AnnexFile(Annex annex, byte[] content) {
}
