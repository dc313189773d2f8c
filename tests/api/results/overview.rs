//! HR's overview: the heatmap shows the cells the gate lets out and greys the others; viewers
//! see it too, department heads do not.

use super::fixture::{Answer, answer, close};
use crate::helpers::spawn_app;
use crate::survey::fixture::Org;
use entity::account::Role;

#[tokio::test]
async fn the_heatmap_shows_cells_of_k_and_greys_the_small_ones() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let marketing = app.create_department("Marketing").await;
    let legal = app.create_department("Legal").await;
    for (department, count) in [(org.sales, 5), (marketing, 5), (legal, 2)] {
        for _ in 0..count {
            answer(&app, &org, org.wave, department, &Answer::scores("4", "8")).await;
        }
    }
    close(&app, org.wave).await;
    let viewer = app.create_staff(Role::Viewer, &[]).await;
    app.login(&viewer).await;

    let response = app.get("/results/overview").await;
    assert_eq!(response.status(), 200);
    let page = response.text().await.unwrap();
    let row_start = page
        .find(&format!("data-provider=\"{}\"", org.facilities))
        .expect("a heatmap row for Facilities");
    let row = &page[row_start..row_start + page[row_start..].find("</tr>").unwrap()];
    assert_eq!(
        row.matches("data-cell=\"shown\"").count(),
        2,
        "Marketing and the total: {row}"
    );
    assert_eq!(
        row.matches("data-cell=\"withheld\"").count(),
        0,
        "Sales (5) and Legal (2) were released together as the whole organisation: no cell of theirs: {row}"
    );
    assert!(
        row.contains(">5.0<"),
        "every colleague rated the meeting rooms 5: {row}"
    );
    assert!(page.contains("Meeting rooms"), "ranked services");

    let nps = app
        .get("/results/overview?metric=nps")
        .await
        .text()
        .await
        .unwrap();
    assert!(nps.contains("data-metric=\"nps\""));
    assert_eq!(
        app.get("/results/overview?period=424242").await.status(),
        404
    );
}
