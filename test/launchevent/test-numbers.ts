/** Skatteverket's published test personnummer (not real people), for the send-handler tests. */
export const TEST_PERSONNUMMER = "850101-2382";
export const TEST_PERSONNUMMER_LONG = "198501022381";
export const TEST_SAMORDNINGSNUMMER = "220164-2390";
