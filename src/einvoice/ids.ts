/**
 * The identifiers that name a format in the XML (R28).
 *
 * @internal
 * @module
 */

/** BT-23 of XRechnung (PEPPOL-EN16931-R001): the PEPPOL billing process. */
export const XRECHNUNG_PROCESS = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';
/** BT-24 of XRechnung 3.0, the CIUS of the KoSIT, in CII and UBL alike. */
export const XRECHNUNG_SPECIFICATION = 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0';
/** BT-24 of EN 16931 itself: ZUGFeRD 2.x / Factur-X in the EN16931 profile. */
export const EN16931_SPECIFICATION = 'urn:cen.eu:en16931:2017';
