import { describe, expect, it } from "vitest";
import { Corpus } from "../src/index.js";

// invented places and agencies; each article names the happening's town, its region and a charity
const article = (title: string, date: string, body: string) => `${title}\n${date}\n\n${body}\n`;
const floodA = article(
  "Floods Cut Off Villages Near Tavel",
  "March 3, 2024",
  "Rising water cut off three villages near Tavel in the Marrow region on Sunday, officials said. The Red Cross sent boats to Tavel, and about 300 residents were moved to a school in Tavel.",
);
const floodB = article(
  "Hundreds Evacuated As River Bursts Banks",
  "March 4, 2024",
  "About 350 people were evacuated from Tavel after the river burst its banks, the Marrow region's governor said. Volunteers from the Red Cross handed out blankets in Tavel.",
);
const protest = article(
  "Dock Workers March In Orlen",
  "March 10, 2024",
  "Several thousand dock workers marched through Orlen in the Marrow region on Saturday to demand higher pay. The Red Cross treated a dozen people for minor injuries in Orlen.",
);
const floodLater = article(
  "Tavel Floods Again",
  "September 20, 2024",
  "Water flooded the centre of Tavel in the Marrow region for the second time this year, and the Red Cross opened a shelter in Tavel for about 80 people.",
);

describe("events: which articles report the same happening", () => {
  const corpus = new Corpus();
  corpus.set("flood-a.txt", floodA);
  corpus.set("flood-b.txt", floodB);
  corpus.set("protest.txt", protest);
  corpus.set("flood-later.txt", floodLater);
  const groups = corpus
    .events()
    .map((e) => [...e.sources].sort())
    .sort((a, b) => a[0].localeCompare(b[0]));

  it("puts two reports of one flood together", () => {
    expect(groups).toContainEqual(["flood-a.txt", "flood-b.txt"]);
  });

  it("keeps apart a protest in the same region the same month that shares only the region and a charity", () => {
    expect(groups).toContainEqual(["protest.txt"]);
  });

  it("keeps apart a flood in the same town half a year later", () => {
    expect(groups).toContainEqual(["flood-later.txt"]);
  });
});
