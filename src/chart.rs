//! `/gate stats`' picture of the last 30 days: verifications, failures, lockouts and replays per
//! day, drawn with plotters on an opaque white card (so it reads the same in Discord's dark and
//! light themes), in the Okabe-Ito colour-blind-safe colours with a different marker per series.
//! Its only writing is numbers, drawn as seven-segment digits: the picture needs no font and is
//! the same in every language; the reply beside it says the same numbers in words (for screen
//! readers, and for the colours' meaning).

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::gate::repository::DayActivity;

pub const WIDTH: u32 = 800;
pub const HEIGHT: u32 = 360;
const LEFT: i32 = 70;
const RIGHT: i32 = 24;
const TOP: i32 = 24;
const BOTTOM: i32 = 56;

/// The series' colours, in the reply's order: verifications, failures, lockouts, replays.
pub const COLOURS: [RGBColor; 4] = [
    RGBColor(0, 158, 115), // bluish green
    RGBColor(213, 94, 0),  // vermillion
    RGBColor(0, 114, 178), // blue
    RGBColor(230, 159, 0), // orange
];
const GRID: RGBColor = RGBColor(214, 216, 220);
const INK: RGBColor = RGBColor(49, 51, 56);

/// The segments (a to g) lit for each digit.
const SEGMENTS: [[bool; 7]; 10] = [
    [true, true, true, true, true, true, false],
    [false, true, true, false, false, false, false],
    [true, true, false, true, true, false, true],
    [true, true, true, true, false, false, true],
    [false, true, true, false, false, true, true],
    [true, false, true, true, false, true, true],
    [true, false, true, true, true, true, true],
    [true, true, true, false, false, false, false],
    [true, true, true, true, true, true, true],
    [true, true, true, true, false, true, true],
];

/// Draws `number` with its top-left corner at `(x, y)`, each digit `w` wide and `2w` high.
fn draw_number(
    area: &DrawingArea<BitMapBackend<'_>, Shift>,
    number: u64,
    (x, y): (i32, i32),
    w: i32,
) -> Result<(), String> {
    let style = ShapeStyle::from(&INK).stroke_width(2);
    for (i, c) in number.to_string().chars().enumerate() {
        let lit = SEGMENTS[c.to_digit(10).unwrap_or(0) as usize];
        let left = x + i as i32 * (w + w / 2);
        let (right, mid, bottom) = (left + w, y + w, y + 2 * w);
        let segments = [
            [(left, y), (right, y)],
            [(right, y), (right, mid)],
            [(right, mid), (right, bottom)],
            [(left, bottom), (right, bottom)],
            [(left, mid), (left, bottom)],
            [(left, y), (left, mid)],
            [(left, mid), (right, mid)],
        ];
        for (on, line) in lit.iter().zip(segments) {
            if *on {
                area.draw(&PathElement::new(line.to_vec(), style))
                    .map_err(|e| e.to_string())?;
            }
        }
    }
    Ok(())
}

/// The width of `number` drawn with digits `w` wide.
fn number_width(number: u64, w: i32) -> i32 {
    let digits = number.to_string().len() as i32;
    digits * w + (digits - 1) * (w / 2)
}

/// A round top for the scale: 1, 2, 5, 10, 20, 50, … at least `max`.
fn scale_top(max: u64) -> u64 {
    let mut step: u64 = 1;
    loop {
        for top in [step, step.saturating_mul(2), step.saturating_mul(5)] {
            if top >= max {
                return top;
            }
        }
        match step.checked_mul(10) {
            Some(next) => step = next,
            None => return max,
        }
    }
}

/// The PNG for `days` (oldest first; each day's counts).
pub fn render(days: &[DayActivity]) -> Result<Vec<u8>, String> {
    let mut pixels = vec![0u8; (WIDTH * HEIGHT * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let series: [Vec<u64>; 4] = [
            days.iter().map(|d| d.verifications).collect(),
            days.iter().map(|d| d.failures).collect(),
            days.iter().map(|d| d.lockouts).collect(),
            days.iter().map(|d| d.replays).collect(),
        ];
        let max = series.iter().flatten().copied().max().unwrap_or(0);
        let top = scale_top(max.max(1));
        let (plot_w, plot_h) = (WIDTH as i32 - LEFT - RIGHT, HEIGHT as i32 - TOP - BOTTOM);
        let last = days.len().saturating_sub(1).max(1) as i32;
        let x_of = |i: usize| LEFT + (i as i32 * plot_w) / last;
        let y_of = |v: u64| TOP + plot_h - ((v as f64 / top as f64) * plot_h as f64).round() as i32;
        // The grid: 0, half and the top of the scale, each labelled.
        for value in [0, top / 2, top] {
            if value == top / 2 && !top.is_multiple_of(2) {
                continue;
            }
            let y = y_of(value);
            root.draw(&PathElement::new(
                vec![(LEFT, y), (LEFT + plot_w, y)],
                ShapeStyle::from(&GRID).stroke_width(1),
            ))
            .map_err(|e| e.to_string())?;
            let w = 8;
            draw_number(&root, value, (LEFT - 12 - number_width(value, w), y - w), w)?;
        }
        // A tick under every day; the day of the month under every fifth, and under today.
        for (i, day) in days.iter().enumerate() {
            let x = x_of(i);
            root.draw(&PathElement::new(
                vec![(x, TOP + plot_h), (x, TOP + plot_h + 6)],
                ShapeStyle::from(&INK).stroke_width(1),
            ))
            .map_err(|e| e.to_string())?;
            if i % 5 == 0 || i + 1 == days.len() {
                let date = chrono::DateTime::from_timestamp(day.day * 86_400, 0)
                    .map(|d| d.date_naive().format("%d").to_string())
                    .unwrap_or_default();
                let n: u64 = date.parse().unwrap_or(0);
                let w = 7;
                draw_number(&root, n, (x - number_width(n, w) / 2, TOP + plot_h + 14), w)?;
            }
        }
        for (values, colour) in series.iter().zip(COLOURS) {
            let points: Vec<(i32, i32)> = values
                .iter()
                .enumerate()
                .map(|(i, v)| (x_of(i), y_of(*v)))
                .collect();
            root.draw(&PathElement::new(points.clone(), colour.stroke_width(3)))
                .map_err(|e| e.to_string())?;
            for point in points {
                let drawn = match colour {
                    c if c == COLOURS[0] => root.draw(&Circle::new(point, 5, c.filled())),
                    c if c == COLOURS[1] => root.draw(&Cross::new(point, 5, c.stroke_width(3))),
                    c if c == COLOURS[2] => root.draw(&Rectangle::new(
                        [(point.0 - 4, point.1 - 4), (point.0 + 4, point.1 + 4)],
                        c.filled(),
                    )),
                    c => root.draw(&TriangleMarker::new(point, 6, c.filled())),
                };
                drawn.map_err(|e| e.to_string())?;
            }
        }
        root.present().map_err(|e| e.to_string())?;
    }
    let image =
        image::RgbImage::from_raw(WIDTH, HEIGHT, pixels).ok_or("a buffer of the wrong size")?;
    let mut png = Vec::new();
    image
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .map_err(|e| e.to_string())?;
    Ok(png)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scale_rounds_up_to_one_two_or_five() {
        assert_eq!(scale_top(1), 1);
        assert_eq!(scale_top(3), 5);
        assert_eq!(scale_top(7), 10);
        assert_eq!(scale_top(11), 20);
        assert_eq!(scale_top(1234), 2000);
        // Past the last round number a u64 holds, the scale is the maximum itself (no overflow).
        assert_eq!(scale_top(u64::MAX), u64::MAX);
        assert_eq!(scale_top(u64::MAX / 3), 10_000_000_000_000_000_000);
    }

    #[test]
    fn the_chart_is_a_png_of_its_size_with_each_series_colour_in_it() {
        let days: Vec<DayActivity> = (0..30)
            .map(|i| DayActivity {
                day: 20_000 + i,
                verifications: (i % 7) as u64,
                failures: (i % 3) as u64,
                lockouts: u64::from(i == 12),
                replays: u64::from(i == 20),
            })
            .collect();
        let png = render(&days).unwrap();
        let decoded = image::load_from_memory(&png).unwrap().to_rgb8();
        assert_eq!((decoded.width(), decoded.height()), (WIDTH, HEIGHT));
        for colour in COLOURS {
            assert!(
                decoded
                    .pixels()
                    .any(|p| p.0 == [colour.0, colour.1, colour.2]),
                "{colour:?} is not drawn"
            );
        }
        // An empty month draws too.
        assert!(render(&vec![DayActivity::default(); 30]).is_ok());
    }
}
