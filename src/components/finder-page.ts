/**
 * The enterprise finder in the reader's browser (for-enterprises/): reads the choice from the address
 * (parseChoice) into the form, shows what the plan says for it (findFor, src/lib/site/finder.ts) from
 * the edition's data file, which the page preloads, and keeps the address in step with the form
 * (history.replaceState), so a result can be bookmarked, shared and printed with its own QR code.
 * Only DOM APIs and textContent: no markup is built from strings.
 */
import { type FinderChoice, type FinderClause, type FinderData, type FinderItem, type FinderNeedTag, FINDER_PARAMS, OTHER_ZONE, choiceToSearch, findFor, parseChoice, placeRuns } from '../lib/site/finder.ts';
import { stringsOf } from './search-results.ts';
import { qrSvg } from './share-qr.ts';

type Say = ReturnType<typeof stringsOf>;

/**
 * An element with its text and children: the only way this module makes markup. `brief: false` leaves it
 * off the printed one-page brief (data-print-omit, finder.css): what the page shows in full, the brief
 * condenses.
 */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { class?: string; text?: string; href?: string; brief?: boolean } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.brief === false) node.dataset.printOmit = '';
  if (props.text !== undefined) node.textContent = props.text;
  if (props.href !== undefined) (node as HTMLAnchorElement).href = props.href;
  node.append(...children);
  return node;
}

function readForm(form: HTMLFormElement): FinderChoice {
  const values = new FormData(form);
  const zone = String(values.get(FINDER_PARAMS.zone) ?? '');
  return { sectors: values.getAll(FINDER_PARAMS.sector).map(String), ...(zone ? { zone } : {}), needs: values.getAll(FINDER_PARAMS.need).map(String) };
}

function fillForm(form: HTMLFormElement, choice: FinderChoice): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = (box.name === FINDER_PARAMS.sector ? choice.sectors : choice.needs).includes(box.value);
  }
  const zone = form.querySelector<HTMLSelectElement>('select');
  if (zone) zone.value = choice.zone ?? '';
}

/** What the result shows, with the data's names, for one edition. */
function resultView(data: FinderData, say: Say, root: string, departmentHref: Record<string, string>) {
  const list = (names: readonly string[]) => names.join(say('list'));
  const sectorName = (slug: string) => data.sectors.find((s) => s.slug === slug)?.name ?? slug;
  const zoneName = (slug: string) => data.zones.find((z) => z.slug === slug)?.name ?? slug;
  const needName = (slug: string) => data.needs.find((n) => n.slug === slug)?.label ?? slug;
  const departmentName = (slug: string) => data.departments.find((d) => d.slug === slug)?.name ?? slug;
  const needReasons = (needs: readonly FinderNeedTag[]) => needs.map((n) => say('whyNeed', { need: needName(n.slug), words: list(n.evidence) }));

  const why = (item: FinderItem, allSectors: boolean): string => {
    const reasons =
      item.kind === 'sector'
        ? [allSectors ? say('whyAllSectors') : say('whySector', { name: sectorName(item.why.sectors[0]!) })]
        : item.kind === 'measure'
          ? [say('whyCitywide')]
          : item.kind === 'targets'
            ? [say('whyTargets')]
            : [];
    reasons.push(...item.why.zones.map((z) => say('whyZone', { name: zoneName(z) })), ...needReasons(item.why.needs));
    return say('why', { reasons: list(reasons) });
  };

  /** One item: its place and heading, what it says, who is responsible, why it is shown, and its clause. */
  const itemOf = (item: FinderItem, allSectors: boolean): HTMLLIElement => {
    const matched = item.why.needs.length > 0;
    const parts: { clause: FinderClause; title: string; body: Node[] } = (() => {
      if (item.kind === 'sector') {
        const s = data.sectors.find((x) => x.clause === item.clause)!;
        return { clause: s, title: s.name, body: [el('p', { text: s.summary }), el('p', { class: 'finder__meta', text: say('leads', { names: list(s.leads.map(departmentName)) }) })] };
      }
      if (item.kind === 'zone') {
        const c = data.zones.flatMap((z) => z.clauses).find((x) => x.clause === item.clause)!;
        // On paper, named by its place and title: the sentence is a QR code away.
        return { clause: c, title: c.title, body: [el('p', { class: 'finder__quote', text: c.sentence, brief: false })] };
      }
      if (item.kind === 'measure') {
        const m = data.measures.find((x) => x.clause === item.clause)!;
        return {
          clause: m,
          title: m.title,
          body: [el('p', { class: 'finder__summary', text: m.summary, brief: false }), el('p', { class: 'finder__meta', text: say('responsible', { names: list(m.departments.map(departmentName)) }), brief: false })],
        };
      }
      const { targets } = data;
      return {
        clause: targets,
        title: targets.title,
        body: [
          el('p', { text: say('targetsNote', { year: targets.year }), brief: false }),
          el('ul', { class: 'finder__figures' }, ...targets.figures.map((f) => el('li', {}, el('strong', { text: f.figure }), ` ${f.label}`))),
          ...targets.outlooks.map((o) => el('p', { text: say('outlook', { from: o.from, to: o.to, goal: o.goal }) })),
        ],
      };
    })();
    const li = el('li', { class: `finder__item finder__item--${item.kind}${matched ? ' finder__item--matched' : ''}` });
    li.dataset.clause = item.clause;
    li.append(el('h4', {}, el('span', { class: 'finder__place', text: parts.clause.place }), ' ', parts.title));
    // On paper, why a sector or a chosen need's measure is shown; the other items' reasons are their group's heading.
    const whyInBrief = item.kind === 'sector' || (item.kind === 'measure' && matched);
    // .more: a link elsewhere, left off the printed page as the site's other "more" links are.
    li.append(...parts.body, el('p', { class: 'finder__why', text: why(item, allSectors), brief: whyInBrief }), el('p', { class: 'finder__ref more' }, el('a', { href: `${root}${parts.clause.anchor}`, text: say('read', { name: parts.title }) })));
    return li;
  };

  return { itemOf, list, sectorName, zoneName, needName, departmentName, departmentHref };
}

export function runFinder(): void {
  const app = document.querySelector<HTMLElement>('[data-finder]');
  const form = app?.querySelector<HTMLFormElement>('[data-finder-form]');
  const dataLink = document.querySelector<HTMLLinkElement>('link[data-page-data]');
  const find = (name: string) => app?.querySelector<HTMLElement>(`[data-finder-${name}]`);
  const [status, choiceLine, items, departments, qr, address] = ['status', 'choice', 'items', 'departments', 'qr', 'address'].map(find);
  if (!app || !form || !dataLink || !status || !choiceLine || !items || !departments || !qr || !address) return;
  const say = stringsOf(form);
  const root = app.dataset.root ?? '/';
  const departmentHref = JSON.parse(app.dataset.departments ?? '{}') as Record<string, string>;

  // Started as the module runs, before the page's load event: the preloaded response answers it.
  void fetch(dataLink.href)
    .then((response) => response.json() as Promise<FinderData>)
    .then((data) => {
      const view = resultView(data, say, root, departmentHref);

      const show = (choice: FinderChoice, ignored: string[]) => {
        const result = findFor(data, choice);
        const allSectors = result.choice.sectors.length === 0;
        const zone = result.choice.zone;
        const zoneLabel = zone === undefined ? say('notSure') : zone === OTHER_ZONE ? say('otherZone') : view.zoneName(zone);
        const needs = result.choice.needs.map(view.needName);
        choiceLine.textContent = say('choice', { choice: [allSectors ? say('anySector') : result.choice.sectors.map(view.sectorName).join(say('list')), zoneLabel, ...needs].join(' · ') });

        // On paper, what qualifies the result; its count is the page's.
        const notes = [el('p', { text: say('count', { count: result.items.length }), brief: false })];
        if (allSectors) notes.push(el('p', { text: say('allSectors', { count: data.sectors.length }) }));
        if (zone === OTHER_ZONE) notes.push(el('p', { text: say('zoneOther') }));
        if (ignored.length) notes.push(el('p', { text: say('ignored', { values: ignored.join(say('list')) }) }));
        status.replaceChildren(...notes);

        const groups: { kind: FinderItem['kind']; heading: string; note?: string }[] = [
          { kind: 'sector', heading: say('sectorHeading') },
          { kind: 'zone', heading: say('zoneHeading', { zone: zone && zone !== OTHER_ZONE ? view.zoneName(zone) : '' }) },
          { kind: 'measure', heading: say('measureHeading'), note: say('measureNote') },
          { kind: 'targets', heading: say('targets', { year: data.targets.year }) },
        ];
        items.replaceChildren(
          ...groups.flatMap((group) => {
            const shown = result.items.filter((i) => i.kind === group.kind);
            if (!shown.length) return [];
            const section = el('section', { class: `finder__group finder__group--${group.kind}` }, el('h3', { text: group.heading }));
            if (group.note) section.append(el('p', { class: 'note', text: group.note, brief: false }));
            section.append(el('ol', { class: 'finder__items' }, ...shown.map((i) => view.itemOf(i, allSectors))));
            return [section];
          }),
        );

        // The lead departments of the shown sectors, then those responsible for the measures, each once,
        // with the places of what they lead or answer for: on paper, the brief's only list of who is responsible.
        const shownSectors = result.items.filter((i) => i.kind === 'sector').map((i) => data.sectors.find((s) => s.clause === i.clause)!);
        const placesOf = (clauses: readonly FinderClause[]) => view.list(placeRuns(clauses).map((run) => (run.to ? say('range', { from: run.from, to: run.to }) : run.from)));
        departments.replaceChildren(
          ...[...new Set([...shownSectors.flatMap((s) => s.leads), ...data.measures.flatMap((m) => m.departments)])].map((slug) => {
            const href = departmentHref[slug];
            const leads = shownSectors.filter((s) => s.leads.includes(slug));
            const answers = data.measures.filter((m) => m.departments.includes(slug));
            const roles = [...(leads.length ? [say('leadOf', { places: placesOf(leads) })] : []), ...(answers.length ? [say('responsibleFor', { places: placesOf(answers) })] : [])];
            return el(
              'li',
              {},
              href ? el('a', { href, text: view.departmentName(slug) }) : view.departmentName(slug),
              el('span', { class: 'finder__roles', text: roles.join(' · ') }),
              el('span', { class: 'finder__contact', text: say('noContact') }),
            );
          }),
        );

        address.textContent = location.href;
        qr.querySelector('svg')?.remove();
        qr.prepend(qrSvg(location.href));
      };

      const { choice, ignored } = parseChoice(location.search, data);
      fillForm(form, choice);
      show(choice, [...ignored.sectors, ...ignored.zones, ...ignored.needs]);

      form.addEventListener('change', () => {
        const { choice: chosen } = parseChoice(choiceToSearch(readForm(form)), data);
        history.replaceState(null, '', `${location.pathname}${choiceToSearch(chosen)}`);
        show(chosen, []);
      });
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        find('heading')?.focus();
      });
    });
}
