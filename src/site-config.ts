/**
 * The fields a Chinese government website shows in its footer, and its identification code. Set
 * them here, or through the environment variables named below at build time (README, "Configure").
 * An empty field is not shown.
 */
export interface SiteConfig {
  /** 主办单位: the organisation responsible for the site. */
  sponsor: string;
  /** 承办单位: the organisation that runs it. */
  operator: string;
  /** Contact for readers (an address, telephone or e-mail). */
  contact: string;
  /** ICP备案号, e.g. 粤ICP备12345678号; linked to the MIIT filing site. */
  icp: string;
  /** 公安备案号, e.g. 粤公网安备44190002000001号; linked to the public security filing site. */
  publicSecurity: string;
  /** 网站标识码 (site identification code); also emitted as <meta name="SiteIDCode">. */
  siteCode: string;
  /**
   * Whether the site is published by the issuing authority itself (SITE_PUBLISHER_IS_ISSUER=true):
   * then its Chinese text is declared of official legal value in the structured data, else unofficial.
   */
  publisherIsIssuer: boolean;
}

const env = (name: string): string => process.env[name]?.trim() ?? '';

export const siteConfig: SiteConfig = {
  sponsor: env('SITE_SPONSOR'),
  operator: env('SITE_OPERATOR'),
  contact: env('SITE_CONTACT'),
  icp: env('SITE_ICP'),
  publicSecurity: env('SITE_PUBLIC_SECURITY'),
  siteCode: env('SITE_ID_CODE'),
  publisherIsIssuer: env('SITE_PUBLISHER_IS_ISSUER') === 'true',
};
