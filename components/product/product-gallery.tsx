"use client";
import { useState } from "react";
import type { ImageAttributes } from "../optimized-image";

export type GalleryPicture = { main: ImageAttributes; thumb: ImageAttributes };

/**
 * The product's main picture with thumbnails to switch between its images. The <img> attributes come from the
 * server (product-detail.tsx, through getImageProps), so the gallery ships no image code of its own.
 */
export function ProductGallery({ pictures }: { pictures: GalleryPicture[] }) {
  const [selected, setSelected] = useState(0);
  const main = pictures[selected].main;
  return (
    <div className="flex flex-col gap-3">
      <div className="overflow-hidden rounded-2xl bg-slate-50 ring-1 ring-slate-200">
        {/* eslint-disable-next-line @next/next/no-img-element -- next/image's own attributes, from getImageProps */}
        <img key={main.src} {...main} alt={main.alt} />
      </div>
      {pictures.length > 1 && (
        <div className="flex gap-3" role="group" aria-label="Pictures">
          {pictures.map(({ thumb }, index) => (
            <button
              key={thumb.src}
              type="button"
              onClick={() => setSelected(index)}
              aria-pressed={index === selected}
              aria-label={`Show picture ${index + 1} of ${pictures.length}`}
              className={`size-20 overflow-hidden rounded-xl bg-slate-50 ring-offset-2 transition sm:size-24 ${
                index === selected ? "ring-2 ring-brand-700" : "ring-1 ring-slate-200 hover:ring-slate-400"
              }`}
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- as above */}
              <img {...thumb} alt={thumb.alt} />
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
