/**
 * The line icons a sector page may name in its frontmatter (`icon: chip`), each named for what it
 * draws: SVG path data on a 24 × 24 grid, stroked in the text colour. Decorative: the sector's name is
 * always shown beside it.
 */
export const SECTOR_ICONS = {
  phone: '<rect x="6.5" y="2.5" width="11" height="19" rx="2.5"/><path d="M10.5 5.5h3M6.5 17h11"/><circle cx="12" cy="19.2" r=".4"/>',
  'robot-arm': '<path d="M4 21h10M6.5 21v-2.5h5V21M9 18.5 7.5 12.5M9.2 10.4l6.3-4.2M15.5 6.2l3-1.7M15.5 6.2l2 3.3"/><circle cx="8" cy="11" r="1.8"/>',
  chip: '<rect x="6" y="6" width="12" height="12" rx="1.5"/><rect x="9.5" y="9.5" width="5" height="5" rx=".5"/><path d="M9 2.5V6m3-3.5V6m3-3.5V6M9 18v3.5m3-3.5v3.5m3-3.5v3.5M2.5 9H6m-3.5 3H6m-3.5 3H6M18 9h3.5M18 12h3.5M18 15h3.5"/>',
  lattice: '<path d="M5.6 9h7.8M15 10.6v7.8M13.4 20H5.6M4 18.4v-7.8M10.6 4h7.8M20 5.6v7.8M18.4 15h-7.8M9 13.4V5.6M5.1 7.9l2.8-2.8M16.1 7.9l2.8-2.8M16.1 18.9l2.8-2.8M5.1 18.9l2.8-2.8"/><path d="M5.6 9a1.6 1.6 0 1 1-3.2 0 1.6 1.6 0 1 1 3.2 0M16.6 9a1.6 1.6 0 1 1-3.2 0 1.6 1.6 0 1 1 3.2 0M16.6 20a1.6 1.6 0 1 1-3.2 0 1.6 1.6 0 1 1 3.2 0M5.6 20a1.6 1.6 0 1 1-3.2 0 1.6 1.6 0 1 1 3.2 0M10.6 4a1.6 1.6 0 1 1-3.2 0 1.6 1.6 0 1 1 3.2 0M21.6 4a1.6 1.6 0 1 1-3.2 0 1.6 1.6 0 1 1 3.2 0M21.6 15a1.6 1.6 0 1 1-3.2 0 1.6 1.6 0 1 1 3.2 0M10.6 15a1.6 1.6 0 1 1-3.2 0 1.6 1.6 0 1 1 3.2 0"/>',
  battery: '<rect x="2.5" y="7" width="16" height="10" rx="2"/><path d="M21.5 10.5v3M11.5 8.5l-2.5 4h3.5l-2.5 4"/>',
  dna: '<path d="M7 2c0 5 10 5 10 10S7 17 7 22M17 2c0 5-10 5-10 10s10 5 10 10"/><path d="M8.5 4h7M8 12h8M8.5 20h7"/>',
  'neural-network': '<path d="M6.5 6H10M5.6 7.7l5.3 8.6M5.6 16.3l5.3-8.6M6.5 18H10M13.6 7.2l4.3 3.6M13.6 16.8l4.3-3.6"/><path d="M6.5 6a2 2 0 1 1-4 0 2 2 0 1 1 4 0M6.5 18a2 2 0 1 1-4 0 2 2 0 1 1 4 0M14 6a2 2 0 1 1-4 0 2 2 0 1 1 4 0M14 18a2 2 0 1 1-4 0 2 2 0 1 1 4 0M21.5 12a2 2 0 1 1-4 0 2 2 0 1 1 4 0"/>',
  drone: '<path d="M2.5 6.5h7M14.5 6.5h7M6 6.5V10M18 6.5V10"/><rect x="4" y="10" width="16" height="4.5" rx="2.25"/><path d="M8 14.5 6.5 19M16 14.5l1.5 4.5M12 14.5v2.1"/><circle cx="12" cy="17.8" r="1.2"/>',
  satellite: '<path d="M16.1 5.4l2.5 2.5-3.1 3.1L13 8.5zM18.8 9.1l2.9 2.8-2.2 2.2-2.8-2.9zM14.9 5.2l-2.8-2.9-2.2 2.2 2.9 2.8zM14.2 9.8l-.9.9"/><path d="M14.2 15A7 7 0 0 1 9 9.8M14.1 19.1A11 11 0 0 1 4.9 9.9"/>',
  hexagons: '<path d="M12 5.5l4 2.3v4.6l-4 2.3-4-2.3V7.8zM8 12.4l4 2.3v4.6L8 21.5l-4-2.2v-4.6zM16 12.4l4 2.3v4.6l-4 2.2-4-2.2"/><path d="M12 5.5V3M4 19.3l-1.5 1M20 19.3l1.5 1"/>',
  robot: '<rect x="5" y="7.5" width="14" height="11.5" rx="3"/><path d="M12 7.5V4.5M10 15.5h4M3 11.5v4M21 11.5v4"/><circle cx="12" cy="3.5" r="1"/><path d="M9.5 11.5v.5M14.5 11.5v.5"/>',
  flask: '<path d="M10 10.5V13l-4.2 6.2A1.5 1.5 0 0 0 7 21.5h10a1.5 1.5 0 0 0 1.2-2.3L14 13v-2.5M9 10.5h6M7.5 17h9"/><path d="M12 10.5V7m0 0c0-3 2-4.5 5-4.5 0 3-2 4.5-5 4.5zm0 0C12 5 10.5 4 8 4c0 2 1.5 3 4 3"/>',
} as const;

export type SectorIconName = keyof typeof SECTOR_ICONS;
export const SECTOR_ICON_NAMES = Object.keys(SECTOR_ICONS) as [SectorIconName, ...SectorIconName[]];
