/** The person every signature test writes for, and a helper for the built-in templates. */
import type { SignatureDetails, SignatureTemplate } from "../../../src/core";
import { profile } from "../helpers";

export const ANNA: SignatureDetails = {
  givenName: "Anna",
  surname: "Andersson",
  title: "Bygglovshandläggare",
  unit: "Plan & bygg",
  department: "Samhällsbyggnadsförvaltningen",
  phone: "+46 303 33 00 00",
  mobile: "0701234567",
  functionPhone: "0416-270 00",
  functionMailbox: "bygglov@example.se",
  postalCode: "613 81",
  postalAddress: "Box 1, 924 81 Sorsele",
  visitingAddress: "Stationsgatan 1",
};

export const KOMMUN_IDS = ["ale", "oxelosund", "sorsele", "sjobo", "mjolby", "default"] as const;

export function template(id: string): SignatureTemplate {
  const signature = profile(id).signature;
  if (!signature) throw new Error(`profile ${id} has no signature`);
  return signature;
}
