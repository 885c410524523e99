"use client";
import Image from "next/image";
import { useState } from "react";

/** The product's main picture with thumbnails to switch between its images. */
export function ProductGallery({ name, images }: { name: string; images: string[] }) {
  const [selected, setSelected] = useState(0);
  const alt = (index: number) => (images.length > 1 ? `${name}, picture ${index + 1} of ${images.length}` : name);
  return (
    <div className="flex flex-col gap-3">
      <div className="overflow-hidden rounded-2xl bg-slate-50 ring-1 ring-slate-200">
        <Image
          key={images[selected]}
          src={images[selected]}
          alt={alt(selected)}
          width={1200}
          height={1200}
          // The first picture is the page's largest paint: fetched first, never lazily (Next 16 deprecates `priority`).
          loading={selected === 0 ? "eager" : undefined}
          fetchPriority={selected === 0 ? "high" : undefined}
          sizes="(min-width: 1152px) 544px, (min-width: 768px) 50vw, 100vw"
          className="aspect-square w-full object-cover"
        />
      </div>
      {images.length > 1 && (
        <div className="flex gap-3" role="group" aria-label="Pictures">
          {images.map((image, index) => (
            <button
              key={image}
              type="button"
              onClick={() => setSelected(index)}
              aria-pressed={index === selected}
              aria-label={`Show picture ${index + 1} of ${images.length}`}
              className={`size-20 overflow-hidden rounded-xl bg-slate-50 ring-offset-2 transition sm:size-24 ${
                index === selected ? "ring-2 ring-brand-700" : "ring-1 ring-slate-200 hover:ring-slate-400"
              }`}
            >
              <Image src={image} alt="" width={192} height={192} sizes="96px" className="size-full object-cover" />
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
